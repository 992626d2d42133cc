// The sign-in page oidc-provider sends the browser to (`interactions.url`), and automatic consent for the
// seeded clients. Routes:
//   GET  /Panopto/oauth2/interaction/:uid          login form, or auto-consent
//   POST /Panopto/oauth2/interaction/:uid/login    form post: username, password
//   GET  /Panopto/oauth2/interaction/:uid/abort    "cancel": access_denied back to the client
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { Router } from '../router.js';
import type { EmulatorStore } from '../store/store.js';
import { readBody, sendHtml } from '../http.js';
import { loginPage, messagePage } from './pages.js';
import { OAUTH_MOUNT } from './provider.js';

export function registerInteractionRoutes(router: Router, provider: Provider, store: EmulatorStore): void {
  router.get(`${OAUTH_MOUNT}/interaction/:uid`, async (req, res) => {
    const details = await loadDetails(provider, req, res);
    if (!details) return;
    if (details.prompt.name === 'login') {
      sendHtml(
        res,
        200,
        loginPage({ action: loginAction(details.uid), clientName: clientName(details.params['client_id']) }),
      );
      return;
    }
    // Any other prompt is consent: first-party clients are approved without asking.
    const accountId = details.session?.accountId;
    if (!accountId) {
      sendHtml(res, 400, messagePage('Sign-in error', 'The sign-in session was lost; start again from the app.'));
      return;
    }
    const grantId = await grantAll(provider, accountId, details);
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  });

  router.post(`${OAUTH_MOUNT}/interaction/:uid/login`, async (req, res) => {
    const details = await loadDetails(provider, req, res);
    if (!details) return;
    const form = new URLSearchParams((await readBody(req, 16 * 1024)).toString('utf8'));
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    const user = username ? store.findUserByUsername(username) : undefined;
    const name = clientName(details.params['client_id']);
    if (!username || !password) {
      sendHtml(
        res,
        400,
        loginPage({
          action: loginAction(details.uid),
          clientName: name,
          username,
          error: 'Enter your username and password.',
        }),
      );
      return;
    }
    if (!user || user.Password === undefined || user.Password !== password) {
      sendHtml(
        res,
        401,
        loginPage({
          action: loginAction(details.uid),
          clientName: name,
          username,
          error: 'The username or password is incorrect.',
        }),
      );
      return;
    }
    const grantId = await grantAll(provider, user.Id, details);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.Id }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  });

  router.get(`${OAUTH_MOUNT}/interaction/:uid/abort`, async (req, res) => {
    const details = await loadDetails(provider, req, res);
    if (!details) return;
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The user cancelled the sign-in.' },
      { mergeWithLastSubmission: false },
    );
  });
}

type Details = Awaited<ReturnType<Provider['interactionDetails']>>;

async function loadDetails(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<Details | null> {
  try {
    return await provider.interactionDetails(req, res);
  } catch {
    sendHtml(
      res,
      400,
      messagePage(
        'Sign-in expired',
        'This sign-in page has expired or was already used. Go back to the app and sign in again.',
      ),
    );
    return null;
  }
}

function loginAction(uid: string): string {
  return `${OAUTH_MOUNT}/interaction/${encodeURIComponent(uid)}/login`;
}

function clientName(clientId: unknown): string {
  return typeof clientId === 'string' ? clientId : 'the application';
}

/** Creates (or extends) the grant with every scope the client requested. */
async function grantAll(provider: Provider, accountId: string, details: Details): Promise<string> {
  const clientId = String(details.params['client_id']);
  const existing = details.grantId ? await provider.Grant.find(details.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const scope = typeof details.params['scope'] === 'string' ? details.params['scope'] : 'openid';
  grant.addOIDCScope(scope);
  return grant.save();
}
