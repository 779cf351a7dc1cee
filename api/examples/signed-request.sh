#!/usr/bin/env bash
# Signs and sends one request to the Haven partner API (V5). Needs only bash, openssl and curl.
#
#   APP_ID=hv... SECRET=... [BASE_URL=http://localhost:8080] signed-request.sh METHOD PATH [BODY]
#
#   signed-request.sh GET /api/v1/ping
#   signed-request.sh POST /api/v1/ping '{"message":"hello"}'
#   IDEMPOTENCY_KEY=order-1-credit signed-request.sh POST /api/v1/members/M-1/points/credits \
#     '{"amount":100,"reason":"Order 1 paid"}'
#
# POSTs that change something need IDEMPOTENCY_KEY: a new one for each new request, the same one
# to retry it (a retry answers what the first request got).
#
# PATH is what is sent and signed: it starts with /api/v1 and may carry a ?query, already
# percent-encoded. The response body goes to stdout, "HTTP <status>" to stderr; the exit status is
# 0 for 2xx/3xx answers and 22 for 4xx/5xx ones (curl --fail-with-body).
#
# The signature is lowercase hex HMAC-SHA256, keyed with the secret, of
#   METHOD \n PATH[?QUERY] \n TIMESTAMP \n NONCE \n hex(SHA-256(BODY))
# Note: openssl takes the key as an argument, so it is briefly visible to other users of this
# machine in the process list; use this script on machines you trust.
set -euo pipefail

if ((BASH_VERSINFO[0] < 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] < 2))); then
  echo "$0 needs bash 4.2 or newer (this is $BASH_VERSION)" >&2
  exit 2
fi

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: APP_ID=... SECRET=... [BASE_URL=...] $0 METHOD PATH [BODY]" >&2
  exit 2
fi
: "${APP_ID:?set APP_ID to the product's appId}"
: "${SECRET:?set SECRET to the product's API secret}"
base_url="${BASE_URL:-http://localhost:8080}"
method="${1^^}"
request_path="$2"
body="${3-}"

# openssl prints "...(stdin)= <hex>": keep the last word.
body_hash="$(printf '%s' "$body" | openssl dgst -sha256)"
body_hash="${body_hash##* }"
printf -v timestamp '%(%s)T' -1
nonce="$(openssl rand -hex 16)"
canonical="${method}"$'\n'"${request_path}"$'\n'"${timestamp}"$'\n'"${nonce}"$'\n'"${body_hash}"
signature="$(printf '%s' "$canonical" | openssl dgst -sha256 -hmac "$SECRET")"
signature="${signature##* }"

headers=(
  -H "X-Haven-AppId: ${APP_ID}"
  -H "X-Haven-Timestamp: ${timestamp}"
  -H "X-Haven-Nonce: ${nonce}"
  -H "X-Haven-Signature: ${signature}"
  -H "Accept: application/json"
)
if [[ -n "${IDEMPOTENCY_KEY-}" ]]; then
  headers+=(-H "Idempotency-Key: ${IDEMPOTENCY_KEY}")
fi
if [[ "$method" == HEAD ]]; then
  # HEAD answers have no body: curl must not wait for one.
  curl -sS --path-as-is --fail-with-body --head "${headers[@]}" \
    -w '%{stderr}HTTP %{http_code}\n' "${base_url}${request_path}"
elif [[ -n "$body" ]]; then
  # The body goes through stdin: exactly the bytes that were hashed, and a body starting with
  # '@' is not taken for a file name.
  printf '%s' "$body" | curl -sS --path-as-is --fail-with-body -X "$method" "${headers[@]}" \
    -H "Content-Type: application/json" --data-binary @- \
    -w '%{stderr}HTTP %{http_code}\n' "${base_url}${request_path}"
else
  curl -sS --path-as-is --fail-with-body -X "$method" "${headers[@]}" \
    -w '%{stderr}HTTP %{http_code}\n' "${base_url}${request_path}"
fi
