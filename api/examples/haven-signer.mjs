// Signs Haven partner API requests (V5) with nothing but node's own crypto (node 18+). Copy this
// file next to your code; api/README shows how to plug it into a client generated from the
// OpenAPI document.
//
//   const signer = new HavenSigner(appId, secret);
//   const headers = signer.headers('POST', '/api/v1/members', bodyText);
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** METHOD \n PATH[?QUERY] \n TIMESTAMP \n NONCE \n hex(SHA-256(body)), no trailing newline. */
export function canonical(method, pathAndQuery, timestamp, nonce, body = '') {
  const bodyHash = createHash('sha256').update(body ?? '').digest('hex');
  return [method.toUpperCase(), pathAndQuery, timestamp, nonce, bodyHash].join('\n');
}

export class HavenSigner {
  #secret;

  constructor(appId, secret) {
    this.appId = appId;
    this.#secret = secret;
  }

  /** Lowercase hex HMAC-SHA256 of the canonical request, keyed with the API secret. */
  signature(canonicalRequest) {
    return createHmac('sha256', this.#secret).update(canonicalRequest, 'utf8').digest('hex');
  }

  /**
   * The four X-Haven-* headers for one request, with the time now and a new nonce.
   * pathAndQuery is exactly what is sent, still percent-encoded (/api/v1/...?page=0); body the
   * exact body sent: a string (hashed as UTF-8) or bytes, '' for none.
   */
  headers(method, pathAndQuery, body = '') {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(16).toString('hex');
    return {
      'X-Haven-AppId': this.appId,
      'X-Haven-Timestamp': timestamp,
      'X-Haven-Nonce': nonce,
      'X-Haven-Signature': this.signature(canonical(method, pathAndQuery, timestamp, nonce, body)),
    };
  }
}
