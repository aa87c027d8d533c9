// The identity provider's metadata, discovered on first use and kept: the app starts (and serves
// local sign-in) while the provider is down, and a failed discovery is retried next sign-in.
import * as client from 'openid-client';
import { isLoopback, type OidcConfig } from './oidc-config';

export type Discover = () => Promise<client.Configuration>;

export function cachedDiscovery(config: OidcConfig, timeoutSeconds = 10): Discover {
  let pending: Promise<client.Configuration> | undefined;
  return () => {
    pending ??= discover(config, timeoutSeconds).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

async function discover(config: OidcConfig, timeout: number): Promise<client.Configuration> {
  const issuer = new URL(config.issuer);
  // client_secret_post rather than basic: Entra ID secrets contain characters that basic
  // auth must form-encode, which some providers decode wrongly. No secret: a public client.
  const auth = config.clientSecret ? client.ClientSecretPost(config.clientSecret) : client.None();
  // Plain http only for a provider on the loopback address (tests, local development).
  const execute = issuer.protocol === 'http:' && isLoopback(issuer) ? [client.allowInsecureRequests] : [];
  return client.discovery(issuer, config.clientId, undefined, auth, { execute, timeout });
}
