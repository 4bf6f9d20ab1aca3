#!/bin/bash
# One database per service, each owned by its own login whose password comes from the environment
# (.env, see .env.example); run once by the postgres image on an empty data directory.
set -euo pipefail
for db in quota post recruitment rotation audit; do
  variable="${db^^}_DB_PASSWORD"
  password="${!variable:?$variable is not set (see .env.example)}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v db="$db" -v password="$password" <<'SQL'
create role :"db" login password :'password';
create database :"db" owner :"db";
SQL
done
