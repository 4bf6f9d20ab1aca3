-- Database per service, each owned by its own login role (user = password = database), as the
-- local launcher creates them.
create role quota login password 'quota';
create database quota owner quota;
create role post login password 'post';
create database post owner post;
create role recruitment login password 'recruitment';
create database recruitment owner recruitment;
create role rotation login password 'rotation';
create database rotation owner rotation;
create role audit login password 'audit';
create database audit owner audit;
