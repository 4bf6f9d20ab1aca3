#!/usr/bin/env bash
# Creates the secrets the manifests refer to, with values generated here; none is kept in the repository.
# A secret that already exists is kept (its database or realm already uses it).
#   deploy/kubernetes/create-secrets.sh [namespace]        (against kubectl's current context)
# Not made here: staffing-tls, the Ingress certificate (from the province's certificate authority or
# cert-manager), and keycloak-initial-admin, which the Keycloak operator makes itself.
set -euo pipefail
ns=${1:-county-staffing}

random() { head -c "${1:-24}" /dev/urandom | base64 | tr -d '\n/+='; }
key32() { head -c 32 /dev/urandom | base64 | tr -d '\n'; }

make_secret() {
  local name=$1 type=$2; shift 2
  if kubectl -n "$ns" get secret "$name" >/dev/null 2>&1; then
    echo "keeps secret/$name"
    return
  fi
  local args=()
  for pair in "$@"; do args+=("--from-literal=$pair"); done
  kubectl -n "$ns" create secret generic "$name" --type="$type" "${args[@]}"
}

kubectl get namespace "$ns" >/dev/null 2>&1 || kubectl create namespace "$ns"

# one database login per service (CloudNativePG initdb owner), and Keycloak's
make_secret quota-db kubernetes.io/basic-auth username=quota "password=$(random)"
make_secret post-db kubernetes.io/basic-auth username=post "password=$(random)"
make_secret recruitment-db kubernetes.io/basic-auth username=recruitment "password=$(random)"
make_secret rotation-db kubernetes.io/basic-auth username=rotation "password=$(random)"
make_secret audit-db kubernetes.io/basic-auth username=audit "password=$(random)"
make_secret keycloak-db kubernetes.io/basic-auth username=keycloak "password=$(random)"

# the national ID number's keyed hash and encryption keys (base64 of 32 random bytes each); keep a
# copy somewhere safe: without the encryption key the stored numbers cannot be read again
make_secret recruitment-id-number-keys Opaque "hmac-key=$(key32)" "encryption-key=$(key32)"

# the confidential clients' secrets, put into the realm by the KeycloakRealmImport's placeholders
make_secret keycloak-client-secrets Opaque "quota-service=$(random 32)" "post-service=$(random 32)" \
  "recruitment-service=$(random 32)" "rotation-service=$(random 32)" "audit-service=$(random 32)"
