import { multilineArray } from './code-layout';
import { AuthSetup, EmulatorSetup, PanoptoSetup } from './options';

/** A named import the inserted code needs. */
export interface ImportNeed {
  readonly symbol: string;
  readonly from: string;
}

/** A piece of code to insert, with the imports it needs. */
export interface CodePiece {
  readonly code: string;
  readonly imports: readonly ImportNeed[];
}

const HTTP = '@angular/common/http';

/** A single-quoted TypeScript string literal. */
function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The import `isDevMode()` needs. */
const DEV_MODE_IMPORT: ImportNeed = { symbol: 'isDevMode', from: '@angular/core' };

/**
 * A setting's value as code: the production value, or, when the emulator is set up beside production,
 * `isDevMode() ? <emulator's> : <production's>` so that `ng serve` talks to the emulator.
 */
function setting(production: string, emulator: string | undefined): CodePiece {
  if (emulator === undefined || emulator === production) return { code: quote(production), imports: [] };
  return { code: `isDevMode() ? ${quote(emulator)} : ${quote(production)}`, imports: [DEV_MODE_IMPORT] };
}

function besideProduction(emulator: EmulatorSetup | null): EmulatorSetup | undefined {
  return emulator?.besideProduction ? emulator : undefined;
}

/** The `serverUrl` value `providePanopto()` gets. */
export function serverUrlSetting(setup: PanoptoSetup): CodePiece {
  return setting(setup.serverUrl, besideProduction(setup.emulator)?.serverUrl);
}

/** The `clientId` value `withPanoptoAuth()` gets. */
export function clientIdSetting(setup: PanoptoSetup, auth: AuthSetup): CodePiece {
  return setting(auth.clientId, besideProduction(setup.emulator)?.clientId);
}

/** The `redirectUri` value `withPanoptoAuth()` gets. */
export function redirectUriSetting(auth: AuthSetup): string {
  return `new URL(${quote(auth.routePath)}, document.baseURI).href`;
}

/**
 * `providePanopto({ serverUrl })`, the library's one provider, with `withPanoptoAuth(...)` as its feature when
 * sign-in is asked for (`auth`).
 */
export function panoptoProvider(setup: PanoptoSetup, auth: AuthSetup | null = null): CodePiece {
  const serverUrl = serverUrlSetting(setup);
  const feature = auth ? authFeature(setup, auth) : null;
  return {
    code: `providePanopto({ serverUrl: ${serverUrl.code} }${feature ? `, ${feature.code}` : ''})`,
    imports: [
      { symbol: 'providePanopto', from: 'panopto-ng' },
      ...serverUrl.imports,
      ...(feature ? feature.imports : []),
    ],
  };
}

/**
 * `withPanoptoAuth({ clientId, redirectUri })`, a feature of `providePanopto()`. The redirect URI is built in the
 * browser from the base href, because the schematic cannot know where the app is deployed; the router resolves
 * the callback route the same way.
 */
export function authFeature(setup: PanoptoSetup, auth: AuthSetup): CodePiece {
  const clientId = clientIdSetting(setup, auth);
  return {
    code: `withPanoptoAuth({ clientId: ${clientId.code}, redirectUri: ${redirectUriSetting(auth)} })`,
    imports: [{ symbol: 'withPanoptoAuth', from: 'panopto-ng/auth' }, ...clientId.imports],
  };
}

/** `withInterceptors([panoptoAuthInterceptor])`, a feature of `provideHttpClient()`. */
export const interceptorFeature: CodePiece = {
  code: 'withInterceptors([panoptoAuthInterceptor])',
  imports: [
    { symbol: 'withInterceptors', from: HTTP },
    { symbol: 'panoptoAuthInterceptor', from: 'panopto-ng/auth' },
  ],
};

/** `provideHttpClient()`, with the auth interceptor when sign-in is set up. */
export function httpClientProvider(withAuthInterceptor: boolean): CodePiece {
  const feature = withAuthInterceptor ? interceptorFeature : null;
  return {
    code: `provideHttpClient(${feature ? feature.code : ''})`,
    imports: [{ symbol: 'provideHttpClient', from: HTTP }, ...(feature ? feature.imports : [])],
  };
}

/** The class interceptor, for apps that get `HttpClient` from `HttpClientModule`. */
export const classInterceptorProvider: CodePiece = {
  code: '{ provide: HTTP_INTERCEPTORS, useClass: PanoptoAuthInterceptor, multi: true }',
  imports: [
    { symbol: 'HTTP_INTERCEPTORS', from: HTTP },
    { symbol: 'PanoptoAuthInterceptor', from: 'panopto-ng/auth' },
  ],
};

/** `HttpClientModule`, for an NgModule's `imports`. */
export const httpClientModule: CodePiece = {
  code: 'HttpClientModule',
  imports: [{ symbol: 'HttpClientModule', from: HTTP }],
};

/** What to paste into a standalone app's `main.ts` when the schematic cannot edit it. */
export function standaloneSnippet(setup: PanoptoSetup): string {
  const providers = [httpClientProvider(setup.auth !== null), panoptoProvider(setup, setup.auth)];
  const providersArray = multilineArray(
    providers.map((p) => p.code),
    '  ',
  );
  return [
    ...importLines(providers),
    '',
    'bootstrapApplication(AppComponent, {',
    `  providers: ${providersArray},`,
    '});',
  ].join('\n');
}

/** What to paste into an NgModule app's `AppModule` when the schematic cannot edit it. */
export function ngModuleSnippet(setup: PanoptoSetup): string {
  const providers = [panoptoProvider(setup, setup.auth)];
  if (setup.auth) providers.push(classInterceptorProvider);
  const providersArray = multilineArray(
    providers.map((p) => p.code),
    '  ',
  );
  return [
    ...importLines([httpClientModule, ...providers]),
    '',
    '@NgModule({',
    '  imports: [BrowserModule, HttpClientModule],',
    `  providers: ${providersArray},`,
    '})',
    'export class AppModule {}',
  ].join('\n');
}

/** The route that completes sign-in; the schematic does not add it, as it needs a component of the app's own. */
export function callbackRouteSnippet(auth: AuthSetup): string {
  return [
    `import { panoptoAuthCallbackGuard } from 'panopto-ng/auth';`,
    '',
    `{ path: ${quote(auth.routePath)}, canActivate: [panoptoAuthCallbackGuard], component: SignInFailedComponent }`,
  ].join('\n');
}

/** `import { a, b } from 'x';` lines for the pieces, one per module, in first-use order. */
function importLines(pieces: readonly CodePiece[]): string[] {
  const byModule = new Map<string, string[]>();
  for (const { symbol, from } of pieces.flatMap((p) => p.imports)) {
    const symbols = byModule.get(from) ?? [];
    if (!symbols.includes(symbol)) symbols.push(symbol);
    byModule.set(from, symbols);
  }
  return [...byModule].map(([from, symbols]) => `import { ${symbols.join(', ')} } from '${from}';`);
}
