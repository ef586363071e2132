// A real OpenID Connect provider (node's certified `oidc-provider`) for the SSO tests, on loopback only.
//
// Usage: node provider.mjs <config.json>. The config names the port, the clients, the accounts (their claims: email,
// email_verified, name, tid) and the signing keys (a private JWKS). The sign-in form is oidc-provider's own
// devInteractions form: type an account id as the login, any password. Consent is granted without a page, as an
// organisation's own identity provider does for its first-party applications.
// One extra route for the tests: /test/wrong-jwks serves `wrong_jwks` (public keys with the same key ids as the
// real ones), so a client told to fetch keys there sees every ID token as tampered.
import fs from 'node:fs';
import http from 'node:http';

import Provider from 'oidc-provider';

const config = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const issuer = `http://127.0.0.1:${config.port}`;

const provider = new Provider(issuer, {
  clients: config.clients.map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
    ...client,
  })),
  jwks: config.jwks,
  cookies: { keys: ['academy-sso-tests'] },
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'tid'],
  },
  conformIdTokenClaims: false, // the ID token carries email, name and tid too, as Entra ID's does
  features: { devInteractions: { enabled: true } },
  ttl: { IdToken: 300, AccessToken: 300, Session: 3600, Interaction: 600, Grant: 3600 },
  async findAccount(ctx, sub) {
    const claims = config.accounts[sub];
    if (!claims) return undefined;
    return { accountId: sub, async claims() { return { sub, ...claims }; } };
  },
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    grant.addOIDCClaims(['email', 'email_verified', 'name', 'tid']);
    await grant.save();
    return grant;
  },
});
provider.proxy = false;

const callback = provider.callback();
const server = http.createServer((req, res) => {
  if (req.url === '/test/wrong-jwks') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(config.wrong_jwks));
    return;
  }
  callback(req, res);
});
server.listen(config.port, '127.0.0.1', () => {
  process.stdout.write(`listening ${issuer}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
