// A trade service signing its own tokens with Node's crypto (not libjwt):
//   node external-token.mjs keygen RS256|ES256 <dir>   writes <dir>/<alg>.pub.pem and .key.pem
//   node external-token.mjs sign   RS256|ES256 <dir> <issuer>   prints a token
import { generateKeyPairSync, createPrivateKey, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [command, alg, dir, issuer] = process.argv.slice(2);
const b64url = (data) => Buffer.from(data).toString('base64url');

if (command === 'keygen') {
  const { publicKey, privateKey } = alg === 'ES256'
    ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
    : generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(join(dir, `${alg}.pub.pem`), publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(dir, `${alg}.key.pem`), privateKey.export({ type: 'pkcs8', format: 'pem' }));
} else if (command === 'sign') {
  const key = createPrivateKey(readFileSync(join(dir, `${alg}.key.pem`)));
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${b64url(JSON.stringify({
    sub: 'node-market', name: 'Node Market', iss: issuer, scope: 'rooms:write', iat: now, exp: now + 600,
  }))}`;
  // JWS wants ECDSA signatures as raw r||s (IEEE P1363), not DER.
  const signature = sign('sha256', Buffer.from(input), alg === 'ES256'
    ? { key, dsaEncoding: 'ieee-p1363' } : key);
  process.stdout.write(`${input}.${b64url(signature)}`);
} else {
  console.error('usage: external-token.mjs keygen|sign RS256|ES256 <dir> [issuer]');
  process.exit(2);
}
