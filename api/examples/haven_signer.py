"""Signs Haven partner API requests (V5) with nothing but Python's standard library (3.8+).

Copy this file next to your code; api/README shows how to plug it into a client generated from
the OpenAPI document.

    signer = HavenSigner(app_id, secret)
    headers = signer.headers("POST", "/api/v1/members", body_bytes)
"""
import hashlib
import hmac
import secrets
import time


def canonical(method, path_and_query, timestamp, nonce, body=b""):
    """METHOD \\n PATH[?QUERY] \\n TIMESTAMP \\n NONCE \\n hex(SHA-256(body)), no trailing newline."""
    return "\n".join([method.upper(), path_and_query, timestamp, nonce, hashlib.sha256(body or b"").hexdigest()])


class HavenSigner:
    def __init__(self, app_id, secret):
        self.app_id = app_id
        self._secret = secret.encode("utf-8")

    def signature(self, canonical_request):
        """Lowercase hex HMAC-SHA256 of the canonical request, keyed with the API secret."""
        return hmac.new(self._secret, canonical_request.encode("utf-8"), hashlib.sha256).hexdigest()

    def headers(self, method, path_and_query, body=b""):
        """The four X-Haven-* headers for one request: the time now and a new nonce.

        path_and_query is exactly what is sent, still percent-encoded (/api/v1/...?page=0);
        body the exact bytes sent (b"" for none).
        """
        timestamp = str(int(time.time()))
        nonce = secrets.token_hex(16)
        return {
            "X-Haven-AppId": self.app_id,
            "X-Haven-Timestamp": timestamp,
            "X-Haven-Nonce": nonce,
            "X-Haven-Signature": self.signature(canonical(method, path_and_query, timestamp, nonce, body)),
        }
