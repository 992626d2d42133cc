// Every implemented REST v1 response validated against Panopto's swagger definitions (ajv), with
// additionalProperties forbidden so a misspelt field fails. Reads ../shared/reference/ relative to the
// repository when present; otherwise the test says it skips.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { RunningEmulator } from '../src/server.js';
import { SEED_IDS } from '../src/seed/seed.js';
import { seedGuid } from '../src/seed/guid.js';
import { allTokens, api, mintToken, ROOT, startTestEmulator, type Tokens } from './helpers.js';
import { primaryStreamId } from '../src/api/session-captions.js';

// ajv and ajv-formats are CommonJS; under NodeNext their classes are on `.default`.
const Ajv = AjvModule.default;
type Ajv = InstanceType<typeof Ajv>;
const addFormats = addFormatsModule.default;

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SWAGGER = resolve(REPO_ROOT, '..', 'shared', 'reference', 'panopto-rest-api-v1.swagger.json');
const present = existsSync(SWAGGER);
if (!present)
  console.log(`swagger validation: SKIPPED — ${SWAGGER} is not present (it is optional reference material).`);

type Schema = Record<string, unknown>;
interface Swagger {
  paths: Record<string, Record<string, { description?: string; responses: Record<string, { schema?: Schema }> }>>;
  definitions: Record<string, Schema>;
}

/**
 * Swagger 2.0 → JSON Schema for ajv: allOf flattened, additionalProperties false on objects, and optional
 * properties nullable (Panopto's .NET serializer writes null for absent values, e.g. ParentFolder at the top).
 */
function toJsonSchema(defs: Record<string, Schema>, schema: Schema): Schema {
  if (schema['$ref']) return { $ref: schema['$ref'] };
  if (schema['allOf']) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of schema['allOf'] as Schema[]) {
      const target = part['$ref'] ? defs[String(part['$ref']).split('/').pop() as string] : part;
      const flat = toJsonSchema(defs, target);
      Object.assign(merged['properties'] as Schema, flat['properties'] ?? {});
      (merged['required'] as string[]).push(...((flat['required'] as string[]) ?? []));
    }
    merged['additionalProperties'] = false;
    return merged;
  }
  const out: Schema = {};
  for (const [k, v] of Object.entries(schema)) if (!k.startsWith('x-') && k !== 'description') out[k] = v;
  if (schema['type'] === 'array' && schema['items']) out['items'] = toJsonSchema(defs, schema['items'] as Schema);
  if (schema['properties']) {
    const required = new Set((schema['required'] as string[]) ?? []);
    const props: Schema = {};
    for (const [name, p] of Object.entries(schema['properties'] as Record<string, Schema>)) {
      const converted = toJsonSchema(defs, p);
      props[name] = required.has(name) ? converted : { anyOf: [converted, { type: 'null' }] };
    }
    out['properties'] = props;
    out['additionalProperties'] = false;
  }
  return out;
}

describe('swagger validation of REST responses', { skip: !present && 'swagger reference not present' }, () => {
  let emu: RunningEmulator;
  let t: Tokens;
  let swagger: Swagger;
  let ajv: Ajv;
  const checked = new Set<string>();

  const validatorFor = (method: string, swaggerPath: string, status: string): ValidateFunction => {
    const op = swagger.paths[swaggerPath]?.[method.toLowerCase()];
    assert.ok(op, `${method} ${swaggerPath} is in the swagger`);
    const schema = op.responses[status]?.schema;
    assert.ok(schema, `${method} ${swaggerPath} documents a ${status} body`);
    return ajv.compile({ definitions: {}, ...toJsonSchema(swagger.definitions, schema) });
  };

  async function check(
    method: string,
    swaggerPath: string,
    path: string,
    token: string,
    body?: unknown,
    expected = 200,
  ): Promise<any> {
    const res = await api(emu, path, { token, method, body });
    assert.equal(res.status, expected, `${method} ${path}: ${JSON.stringify(res.body).slice(0, 300)}`);
    const validate = validatorFor(method, swaggerPath, String(expected));
    assert.ok(
      validate(res.body),
      `${method} ${path} vs swagger: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(res.body).slice(0, 400)}`,
    );
    if (Array.isArray((res.body as { Results?: unknown[] })?.Results)) {
      assert.ok(
        (res.body as { Results: unknown[] }).Results.length > 0 || /Delete|viewed/.test(path) || method !== 'GET',
        `${path} returned data to validate`,
      );
    }
    checked.add(`${method} ${swaggerPath} ${expected}`);
    return res.body;
  }

  before(async () => {
    swagger = JSON.parse(readFileSync(SWAGGER, 'utf8')) as Swagger;
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('guid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    for (const f of ['double', 'float', 'int32', 'int64']) ajv.addFormat(f, { type: 'number', validate: () => true });
    const defs: Schema = {};
    for (const [name, def] of Object.entries(swagger.definitions)) defs[name] = toJsonSchema(swagger.definitions, def);
    ajv.addSchema({ $id: 'swagger-defs', definitions: defs });
    // Resolve '#/definitions/X' inside compiled schemas by pointing them at the shared definitions.
    const originalCompile = ajv.compile.bind(ajv);
    ajv.compile = ((schema: Schema) =>
      originalCompile(
        JSON.parse(JSON.stringify(schema).replace(/"#\/definitions\//g, '"swagger-defs#/definitions/')),
      )) as typeof ajv.compile;
    emu = await startTestEmulator();
    t = await allTokens(emu);
  });
  after(() => emu?.close());

  it('every REST route the emulator registers exists in the swagger', () => {
    const swaggerPaths = Object.entries(swagger.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{[^}]+\}/g, '{}').toLowerCase()}`),
    );
    const ours = emu.router
      .list()
      .filter((r) => r.includes('/Panopto/api/v1/'))
      .map((r) =>
        r
          .replace('/Panopto/api/v1/', '/api/v1/')
          .replace(/:[A-Za-z]+/g, '{}')
          .toLowerCase()
          .replace(/^(\w+)/, (m) => m.toUpperCase()),
      );
    assert.ok(ours.length >= 35, `${ours.length} routes`);
    for (const route of ours) assert.ok(swaggerPaths.includes(route), `${route} is a swagger operation`);
  });

  it('folders', async () => {
    const bio = seedGuid('folder:unit:BIO101');
    const period = seedGuid('folder:period:BIO101/2026 Semester 1');
    await check('GET', '/api/v1/folders/{id}', `/folders/${bio}`, t.student);
    await check('GET', '/api/v1/folders/{id}/children', `/folders/${ROOT}/children`, t.student);
    await check(
      'GET',
      '/api/v1/folders/{id}/children',
      `/folders/${SEED_IDS.manyFoldersParent}/children?pageNumber=3`,
      t.instructor,
    );
    await check('GET', '/api/v1/folders/{id}/sessions', `/folders/${SEED_IDS.manySessionsFolder}/sessions`, t.student);
    await check('GET', '/api/v1/folders/{id}/playlists', `/folders/${period}/playlists`, t.student);
    await check('GET', '/api/v1/folders/search', '/folders/search?searchQuery=BIO101', t.student);
    await check('GET', '/api/v1/folders/creator', '/folders/creator', t.instructor);
    await check('GET', '/api/v1/folders/{id}/permissions', `/folders/${period}/permissions`, t.instructor);
    await check('POST', '/api/v1/folders/{id}/permissions', `/folders/${period}/permissions`, t.instructor, {
      PrincipalId: SEED_IDS.student,
      PrincipalType: 'User',
      RoleType: 'Viewer',
    });
    await check(
      'DELETE',
      '/api/v1/folders/{id}/permissions',
      `/folders/${period}/permissions?PrincipalId=${SEED_IDS.student}&PrincipalType=User&RoleType=Viewer`,
      t.instructor,
    );
    const created = await check('POST', '/api/v1/folders', '/folders', t.instructor, {
      Name: 'Swagger',
      Parent: period,
    });
    await check('PUT', '/api/v1/folders/{id}', `/folders/${created.Id}`, t.instructor, {
      Name: 'Swagger 2',
      Parent: bio,
    });
    await check('DELETE', '/api/v1/folders/{id}', `/folders/${created.Id}`, t.instructor);
    await check('GET', '/api/v1/folders/{id}', `/folders/${created.Id}`, t.instructor, undefined, 404);
    await check('GET', '/api/v1/folders/{id}', '/folders/not-a-guid', t.instructor, undefined, 400);
    await check('POST', '/api/v1/folders', '/folders', t.instructor, { Description: 'no name' }, 400);
  });

  it('sessions, viewers and viewed sessions', async () => {
    const s = seedGuid('session:BIO101/2026 Semester 1/Week 1 – Cells/0');
    await check('GET', '/api/v1/sessions/{id}', `/sessions/${s}`, t.instructor);
    await check('GET', '/api/v1/sessions/{id}', `/sessions/${s}`, t.student);
    await check('GET', '/api/v1/sessions/search', '/sessions/search?searchQuery=lecture', t.student);
    await check(
      'GET',
      '/api/v1/sessions/search',
      '/sessions/search?searchQuery=BIO101&includeFields=Context&sortField=Relevance',
      t.student,
    );
    await check('GET', '/api/v1/sessions/inProgress/webcast', '/sessions/inProgress/webcast', t.student);
    await check('GET', '/api/v1/sessions/inProgress/recording', '/sessions/inProgress/recording', t.student);
    await check('GET', '/api/v1/sessions/{id}/viewers', `/sessions/${s}/viewers`, t.instructor);
    await check(
      'GET',
      '/api/v1/users/me/sessions/viewed',
      '/users/me/sessions/viewed?includeCompleted=true',
      t.student,
    );
    await check('GET', '/api/v1/users/{id}/sessions/viewed', `/users/${SEED_IDS.student}/sessions/viewed`, t.admin);
    const other = seedGuid('session:BIO101/2026 Semester 1/Week 1 – Cells/1');
    await check('PUT', '/api/v1/sessions/{id}', `/sessions/${other}`, t.instructor, {
      Name: 'Renamed',
      Description: 'x',
    });
    await check('DELETE', '/api/v1/sessions/{id}', `/sessions/${other}`, t.instructor);
    await check('GET', '/api/v1/sessions/{id}', `/sessions/${other}`, t.instructor, undefined, 404);
    await check(
      'GET',
      '/api/v1/sessions/search',
      '/sessions/search?searchQuery=x&sortOrder=Up',
      t.student,
      undefined,
      400,
    );
  });

  it('playlists', async () => {
    const p = seedGuid('playlist:bio101-highlights');
    const period = seedGuid('folder:period:BIO101/2026 Semester 1');
    const s = seedGuid('session:BIO101/2026 Semester 1/Week 2 – Genetics/0');
    await check('GET', '/api/v1/playlists/{id}', `/playlists/${p}`, t.student);
    await check('GET', '/api/v1/playlists/search', '/playlists/search?searchQuery=BIO101', t.student);
    await check('GET', '/api/v1/playlists/{id}/sessions', `/playlists/${p}/sessions`, t.student);
    await check('PUT', '/api/v1/playlists/{id}/sessions', `/playlists/${p}/sessions`, t.instructor, {
      SessionId: s,
      Index: 1,
    });
    await check('DELETE', '/api/v1/playlists/{id}/sessions/{sessionId}', `/playlists/${p}/sessions/${s}`, t.instructor);
    const created = await check('POST', '/api/v1/playlists', '/playlists', t.instructor, {
      Name: 'New',
      FolderId: period,
      Sessions: [s],
    });
    await check('PUT', '/api/v1/playlists/{id}', `/playlists/${created.Id}`, t.instructor, { Name: 'Renamed' });
    await check('DELETE', '/api/v1/playlists/{id}', `/playlists/${created.Id}`, t.instructor);
    await check('GET', '/api/v1/playlists/{id}', `/playlists/${created.Id}`, t.instructor, undefined, 404);
  });

  it('users, groups, recorders and scheduled recordings', async () => {
    await check('GET', '/api/v1/users/search', '/users/search?searchQuery=a', t.instructor);
    await check('GET', '/api/v1/groups/search', '/groups/search?searchQuery=staff', t.instructor);
    await check('GET', '/api/v1/remoteRecorders/search', '/remoteRecorders/search?searchQuery=*', t.instructor);
    await check(
      'GET',
      '/api/v1/scheduledRecordings/{id}',
      `/scheduledRecordings/${SEED_IDS.scheduledBroadcast}`,
      t.instructor,
    );
    const hour = 3600_000;
    const start = Math.ceil(Date.now() / hour) * hour + 100 * hour;
    const created = await check(
      'POST',
      '/api/v1/scheduledRecordings',
      '/scheduledRecordings?resolveConflicts=false',
      t.instructor,
      {
        Name: 'Swagger broadcast',
        StartTime: new Date(start).toISOString(),
        EndTime: new Date(start + hour).toISOString(),
        FolderId: seedGuid('folder:period:BIO101/2026 Semester 1'),
        IsBroadcast: true,
        Recorders: [{ RemoteRecorderId: seedGuid('recorder:sr214'), SuppressPrimary: false, SuppressSecondary: false }],
      },
    );
    await check('PUT', '/api/v1/scheduledRecordings/{id}', `/scheduledRecordings/${created.Id}`, t.instructor, {
      EndTime: new Date(start + 2 * hour).toISOString(),
    });
    await check('DELETE', '/api/v1/scheduledRecordings/{id}', `/scheduledRecordings/${created.Id}`, t.instructor);
    await check(
      'GET',
      '/api/v1/scheduledRecordings/{id}',
      `/scheduledRecordings/${created.Id}`,
      t.instructor,
      undefined,
      404,
    );
    await check(
      'POST',
      '/api/v1/scheduledRecordings',
      '/scheduledRecordings?resolveConflicts=false',
      t.instructor,
      { FolderId: 'x' },
      400,
    );
  });

  it('captions, caption providers, bulk accessibility requests and folder settings', async () => {
    const s = seedGuid('session:BIO101/2026 Semester 1/Week 3 – Evolution/0');
    const folder = seedGuid('folder:period:BIO101/2026 Semester 1');
    const apiErrorValidator = ajv.compile({ $ref: '#/definitions/APIError' });
    /** Multipart caption upload; a status the swagger documents without a body is checked as such. */
    async function upload(swaggerPath: string, path: string, token: string, file: string, language: string, expected: number) {
      const form = new FormData();
      form.set('language', language);
      form.set('file', new Blob([file], { type: 'application/x-subrip' }), 'captions.srt');
      const res = await fetch(`${emu.url}/Panopto/api/v1${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
      const text = await res.text();
      assert.equal(res.status, expected, `POST ${path}: ${text.slice(0, 300)}`);
      statusBody('POST', swaggerPath, expected, text ? JSON.parse(text) : null);
    }
    function statusBody(method: string, swaggerPath: string, status: number, body: unknown) {
      const op = swagger.paths[swaggerPath]?.[method.toLowerCase()];
      // The bulk operations are described as "Admin-only" but document no 403; an authenticated non-admin gets
      // the 403 (with Panopto's error body) that Panopto's other role checks document, not a 401 that would
      // make clients refresh their token and try again.
      const adminOnly403 = status === 403 && /Admin-only/.test(op?.description ?? '');
      const documented = adminOnly403 ? {} : op?.responses[String(status)];
      assert.ok(documented, `${method} ${swaggerPath} documents ${status}`);
      if (documented.schema) {
        const validate = validatorFor(method, swaggerPath, String(status));
        assert.ok(validate(body), `${method} ${swaggerPath} ${status}: ${ajv.errorsText(validate.errors)}`);
      } else if (status >= 400) {
        assert.ok(apiErrorValidator(body), `${status} carries Panopto's APIError body: ${JSON.stringify(body)}`);
      } else assert.equal(body, null, `${method} ${swaggerPath} ${status} has no body`);
      checked.add(`${method} ${swaggerPath} ${status}`);
    }
    async function plain(method: string, swaggerPath: string, path: string, token: string, expected: number, body?: unknown) {
      const res = await api(emu, path, { token, method, body });
      assert.equal(res.status, expected, `${method} ${path}: ${JSON.stringify(res.body).slice(0, 300)}`);
      statusBody(method, swaggerPath, expected, res.body ?? null);
      return res.body;
    }
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nHello\n';
    const sessions = '/api/v1/sessions/{id}/captions';
    await upload(sessions, `/sessions/${s}/captions`, t.instructor, srt, 'French', 200);
    await upload(sessions, `/sessions/${s}/captions`, t.student, srt, 'French', 403);
    await upload(sessions, `/sessions/${ROOT.replace(/0$/, '1')}/captions`, t.instructor, srt, 'French', 404);
    await upload(sessions, `/sessions/${s}/captions`, t.instructor, '<html>not captions</html>', 'French', 400);
    await upload(sessions, `/sessions/${s}/captions`, t.instructor, srt, 'Klingon', 400);
    const streams = '/api/v1/streams/{id}/captions';
    await upload(streams, `/streams/${primaryStreamId(s)}/captions`, t.instructor, srt, 'German', 200);
    await upload(streams, `/streams/${ROOT.replace(/0$/, '2')}/captions`, t.instructor, srt, 'German', 404);
    const byLanguage = '/api/v1/sessions/{id}/captions/languages/{language}';
    await plain('DELETE', byLanguage, `/sessions/${s}/captions/languages/German`, t.student, 403);
    await plain('DELETE', byLanguage, `/sessions/${s}/captions/languages/German`, t.instructor, 200);
    await plain('DELETE', byLanguage, `/sessions/${s}/captions/languages/German`, t.instructor, 404);
    await plain('DELETE', byLanguage, `/sessions/${s}/captions/languages/Elvish`, t.instructor, 400);
    await plain('DELETE', sessions, `/sessions/${s}/captions`, t.student, 403);
    await plain('DELETE', sessions, `/sessions/${s}/captions`, t.instructor, 200);
    await check('GET', '/api/v1/captionproviders', '/captionproviders', t.instructor);
    await check('GET', '/api/v1/captionproviders', '/captionproviders?sortField=Length', t.instructor, undefined, 400);

    const other = seedGuid('session:BIO101/2026 Semester 1/Week 3 – Evolution/1');
    const preview = await check('POST', '/api/v1/accessibility/bulk/preview', '/accessibility/bulk/preview', t.admin, {
      Type: 'Transcription',
      SessionIds: [s, other, ROOT.replace(/0$/, '3')],
    });
    assert.deepEqual(
      preview.SessionEvaluations.map((e: { ReasonCode: string }) => e.ReasonCode),
      ['None', 'AlreadyHasAsrCaptions', 'NotFound'],
    );
    await check('POST', '/api/v1/accessibility/bulk/preview', '/accessibility/bulk/preview', t.admin, { Type: 'Translation', SessionIds: [other] });
    await check('POST', '/api/v1/accessibility/bulk/preview', '/accessibility/bulk/preview', t.admin, { Type: 'Captions', SessionIds: [s] }, 400);
    await plain('POST', '/api/v1/accessibility/bulk/preview', '/accessibility/bulk/preview', t.instructor, 403, { Type: 'Transcription', SessionIds: [s] });
    await check('POST', '/api/v1/accessibility/bulk/schedule', '/accessibility/bulk/schedule', t.admin, {
      Type: 'Transcription',
      SessionIds: [s, other],
      ProviderInstanceId: preview.Providers[0].ProviderInstanceId,
      SourceLanguage: 'English_USA',
    });
    await check('POST', '/api/v1/accessibility/bulk/schedule', '/accessibility/bulk/schedule', t.admin, { Type: 'Transcription', SessionIds: [s], ProviderInstanceId: 99 }, 400);
    await plain('POST', '/api/v1/accessibility/bulk/schedule', '/accessibility/bulk/schedule', t.student, 403, { Type: 'Transcription', SessionIds: [s], ProviderInstanceId: 1 });

    const settings = '/api/v1/folders/{id}/settings';
    const providers = await api(emu, '/captionproviders', { token: t.instructor });
    await check('GET', settings, `/folders/${folder}/settings`, t.instructor);
    await check('PUT', settings, `/folders/${folder}/settings`, t.instructor, { AutomaticCaptionProviderId: providers.body.Results[0].Id });
    await check('PUT', settings, `/folders/${folder}/settings`, t.instructor, { AutomaticCaptionProviderId: ROOT });
    await check('PUT', settings, `/folders/${folder}/settings`, t.instructor, { AutomaticCaptionProviderId: 'none' }, 400);
    await check('GET', settings, `/folders/${ROOT.replace(/0$/, '4')}/settings`, t.instructor, undefined, 404);
    await plain('GET', settings, `/folders/${folder}/settings`, t.student, 403);
  });

  /** An error answer: a status the swagger documents for the operation, with Panopto's APIError body. */
  async function checkError(
    method: string,
    swaggerPath: string,
    path: string,
    token: string,
    expected: number,
    body?: unknown,
  ): Promise<string> {
    const res = await api(emu, path, { token, method, body });
    assert.equal(res.status, expected, `${method} ${path}: ${JSON.stringify(res.body).slice(0, 300)}`);
    const op = swagger.paths[swaggerPath]?.[method.toLowerCase()];
    assert.ok(op?.responses[String(expected)], `${method} ${swaggerPath} documents ${expected}`);
    const validate = ajv.compile({ $ref: '#/definitions/APIError' });
    assert.ok(validate(res.body), `${method} ${path} error body vs APIError: ${ajv.errorsText(validate.errors)}`);
    checked.add(`${method} ${swaggerPath} ${expected}`);
    return (res.body as { Error: { Message: string } }).Error.Message;
  }

  /** A file answer (`type: string, format: byte` in the swagger): an attachment, not JSON. */
  async function checkFile(swaggerPath: string, path: string, token: string, contentType: RegExp): Promise<Buffer> {
    const res = await fetch(`${emu.url}/Panopto/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(res.status, 200, path);
    const schema = swagger.paths[swaggerPath].get.responses['200'].schema as Schema;
    assert.deepEqual([schema['type'], schema['format']], ['string', 'byte'], `${swaggerPath} answers a file`);
    assert.match(res.headers.get('content-type') ?? '', contentType);
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="[^"]+"$/);
    checked.add(`GET ${swaggerPath} 200`);
    return Buffer.from(await res.arrayBuffer());
  }

  it('recordings: access, permissions, copies, tags, folder search, reports, index feed, portal, SCORM', async () => {
    const s = seedGuid('session:BIO101/2026 Semester 1/Week 3 – Evolution/0');
    const period = seedGuid('folder:period:BIO101/2026 Semester 1');
    const other = seedGuid('folder:period:BIO101/2026 Semester 2');
    const learner = await mintToken(emu, 'learner');
    const none = seedGuid('nothing');
    // who may watch
    await check('GET', '/api/v1/sessions/{id}/settings/access', `/sessions/${s}/settings/access`, t.student);
    await check('PUT', '/api/v1/sessions/{id}/settings/access', `/sessions/${s}/settings/access`, t.instructor, {
      IsInherited: false,
      Level: 'Organization',
    });
    await checkError('PUT', '/api/v1/sessions/{id}/settings/access', `/sessions/${s}/settings/access`, t.student, 403, {
      Level: 'Public',
    });
    const bad = await checkError(
      'PUT',
      '/api/v1/sessions/{id}/settings/access',
      `/sessions/${s}/settings/access`,
      t.instructor,
      400,
      { Level: 'Everyone' },
    );
    assert.match(bad, /'Level' must be one of Restricted, OrganizationUnlisted/);
    await checkError('GET', '/api/v1/sessions/{id}/settings/access', `/sessions/${none}/settings/access`, t.admin, 404);
    await check('GET', '/api/v1/folders/{id}/settings/access', `/folders/${period}/settings/access`, t.student);
    await check('PUT', '/api/v1/folders/{id}/settings/access', `/folders/${period}/settings/access`, t.instructor, {
      IsInherited: true,
    });
    await checkError('PUT', '/api/v1/folders/{id}/settings/access', `/folders/${period}/settings/access`, t.student, 403, {
      IsInherited: true,
    });
    await checkError('GET', '/api/v1/folders/{id}/settings/access', `/folders/${none}/settings/access`, t.admin, 404);
    // viewers of one session
    await check('POST', '/api/v1/sessions/{id}/permissions', `/sessions/${s}/permissions`, t.instructor, {
      PrincipalId: SEED_IDS.learner,
      PrincipalType: 'User',
      RoleType: 'Viewer',
    });
    await check('GET', '/api/v1/sessions/{id}/permissions', `/sessions/${s}/permissions`, t.instructor);
    await checkError('GET', '/api/v1/sessions/{id}/permissions', `/sessions/${s}/permissions`, learner, 403);
    await checkError('POST', '/api/v1/sessions/{id}/permissions', `/sessions/${s}/permissions`, t.instructor, 400, {
      PrincipalId: SEED_IDS.learner,
      PrincipalType: 'Robot',
      RoleType: 'Viewer',
    });
    const revoke = `/sessions/${s}/permissions?PrincipalId=${SEED_IDS.learner}&PrincipalType=User&RoleType=Viewer`;
    await check('DELETE', '/api/v1/sessions/{id}/permissions', revoke, t.instructor);
    await checkError('DELETE', '/api/v1/sessions/{id}/permissions', revoke, t.instructor, 404);
    // copies
    const copy = await check('POST', '/api/v1/sessions/{id}/sessioncopy', `/sessions/${s}/sessioncopy`, t.instructor, {
      CopyType: 'Reference',
      FolderId: other,
      Name: 'Evolution (2026 S2)',
    });
    assert.equal(copy.NewSessionId, copy.NewDeliveryId);
    await checkError('POST', '/api/v1/sessions/{id}/sessioncopy', `/sessions/${s}/sessioncopy`, t.instructor, 400, {
      CopyType: 'Shallow',
      FolderId: other,
      Name: 'x',
    });
    await checkError('POST', '/api/v1/sessions/{id}/sessioncopy', `/sessions/${s}/sessioncopy`, t.student, 403, {
      CopyType: 'Full',
      FolderId: other,
      Name: 'x',
    });
    // tags
    await check('PUT', '/api/v1/sessions/{id}/tags', `/sessions/${copy.NewSessionId}/tags`, t.instructor, {
      Tags: ['swagger-tag', 'BIO101'],
    });
    await check('GET', '/api/v1/sessions/{id}/tags', `/sessions/${copy.NewSessionId}/tags?sortField=Content`, t.student);
    await checkError('PUT', '/api/v1/sessions/{id}/tags', `/sessions/${s}/tags`, t.student, 403, { Tags: ['x'] });
    await checkError('GET', '/api/v1/sessions/{id}/tags', `/sessions/${none}/tags`, t.admin, 404);
    await checkError('GET', '/api/v1/sessions/{id}/tags', `/sessions/${s}/tags?sortField=Colour`, t.admin, 400);
    await check('GET', '/api/v1/tags', '/tags?sortField=UsageCount&sortOrder=Desc', t.student);
    const tag = await check('POST', '/api/v1/tags', '/tags', t.instructor, { Content: 'swagger-new' });
    const merged = await check('POST', '/api/v1/tags', '/tags', t.instructor, { Content: 'swagger-dup' });
    await check('GET', '/api/v1/tags/{id}', `/tags/${tag.Id}`, t.student);
    await check('PUT', '/api/v1/tags/{id}', `/tags/${tag.Id}`, t.instructor, { Content: 'swagger-renamed' });
    await check('POST', '/api/v1/tags/{id}/merge', `/tags/${tag.Id}/merge`, t.instructor, { TagIdsToMerge: [merged.Id] });
    await checkError('GET', '/api/v1/tags/{id}', `/tags/${merged.Id}`, t.student, 404);
    await checkError('POST', '/api/v1/tags', '/tags', t.student, 403, { Content: 'nope' });
    await checkError('PUT', '/api/v1/tags/{id}', `/tags/${none}`, t.instructor, 404, { Content: 'x' });
    await checkError('POST', '/api/v1/tags/{id}/merge', `/tags/${none}/merge`, t.instructor, 404, { TagIdsToMerge: [tag.Id] });
    await checkError('DELETE', '/api/v1/tags/{id}', `/tags/${tag.Id}`, t.student, 403);
    await check('DELETE', '/api/v1/tags/{id}', `/tags/${tag.Id}`, t.instructor);
    await checkError('DELETE', '/api/v1/tags/{id}', `/tags/${tag.Id}`, t.instructor, 400);
    // search in a folder
    await check('GET', '/api/v1/folders/{id}/sessions/search', `/folders/${other}/sessions/search?searchQuery=swagger-tag`, t.student);
    await checkError('GET', '/api/v1/folders/{id}/sessions/search', `/folders/${other}/sessions/search`, t.student, 400);
    await checkError('GET', '/api/v1/folders/{id}/sessions/search', `/folders/${SEED_IDS.adminOnly}/sessions/search?searchQuery=a`, t.student, 403);
    // reports
    const { REPORT_IDS } = await import('../src/api/reports.js');
    const csv = (await checkFile('/api/v1/reports/{id}', `/reports/${REPORT_IDS.viewing}`, t.admin, /^text\/csv/)).toString();
    assert.match(csv, /^SessionId,SessionName,UserId,UserName,SecondsViewed/);
    await checkError('GET', '/api/v1/reports/{id}', `/reports/${none}`, t.admin, 404);
    await checkError('GET', '/api/v1/reports/{id}', '/reports/nope', t.admin, 400);
    // SCORM
    const zipped = await checkFile('/api/v1/sessions/{id}/manage/scorm', `/sessions/${s}/manage/scorm?type=Embed`, t.instructor, /^application\/zip/);
    assert.equal(zipped.readUInt32LE(0), 0x04034b50, 'a ZIP archive');
    await checkError('GET', '/api/v1/sessions/{id}/manage/scorm', `/sessions/${s}/manage/scorm?type=Video`, t.instructor, 400);
    await checkError('GET', '/api/v1/sessions/{id}/manage/scorm', `/sessions/${s}/manage/scorm?type=Embed`, t.student, 403);
    await checkError('GET', '/api/v1/sessions/{id}/manage/scorm', `/sessions/${none}/manage/scorm?type=Embed`, t.admin, 404);
    // the search index feed: the swagger models both answers as an empty ModelBase, so the fields the official
    // connector reads (reference notes, S11) are added to it, still with additionalProperties forbidden.
    const updates = await api(emu, '/searchIndexSync/updates?fromDate=2020-01-01T00:00:00Z', { token: t.admin });
    assert.equal(updates.status, 200);
    const updatesSchema = ajv.compile({
      type: 'object',
      required: ['Updates'],
      additionalProperties: false,
      properties: {
        Id: { type: ['string', 'null'] },
        Name: { type: ['string', 'null'] },
        Updates: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['VideoId', 'UpdateTime'],
            properties: { VideoId: { type: 'string', format: 'guid' }, UpdateTime: { type: 'string', format: 'date-time' } },
          },
        },
        NextToken: { type: ['string', 'null'] },
      },
    });
    assert.ok(validatorFor('GET', '/api/v1/searchIndexSync/updates', '200')({}), 'the swagger model is an open ModelBase');
    assert.ok(updatesSchema(updates.body), ajv.errorsText(updatesSchema.errors));
    checked.add('GET /api/v1/searchIndexSync/updates 200');
    const content = await api(emu, `/searchIndexSync/content?id=${copy.NewSessionId}`, { token: t.admin });
    assert.equal(content.status, 200);
    const base = validatorFor('GET', '/api/v1/searchIndexSync/content', '200');
    const { Deleted, VideoContent, ...modelBase } = content.body;
    assert.ok(base(modelBase), `content's ModelBase fields: ${ajv.errorsText(base.errors)}`);
    assert.equal(Deleted, false);
    assert.deepEqual(Object.keys(VideoContent).sort(), [
      'HumanTranscription', 'Id', 'Language', 'MachineTranscription', 'Presentation', 'Presenters', 'Principals',
      'ScreenCapture', 'Summary', 'ThumbnailUrl', 'Title', 'TypeName', 'Url',
    ]);
    checked.add('GET /api/v1/searchIndexSync/content 200');
    assert.equal((await api(emu, '/searchIndexSync/updates?fromDate=2020-01-01T00:00:00Z', { token: t.student })).status, 403);
    // portal user profiles
    const portal = `/portal/${seedGuid('portal:main')}/user`;
    const profile = await check('POST', '/api/v1/portal/{portalId}/user', portal, t.admin, {
      XfpRole: 'Viewer',
      EmailAddress: 'swagger@example.edu',
      FirstName: 'Swag',
      LastName: 'Ger',
      TemporaryPassword: 'temporary-1',
    });
    await check('GET', '/api/v1/portal/{portalId}/user', `${portal}?EmailAddress=swagger@example.edu`, t.admin);
    await check('PUT', '/api/v1/portal/{portalId}/user/{userId}', `${portal}/${profile.UserId}`, t.admin, { XfpRole: 'PortalManager' });
    const bulk = await check('POST', '/api/v1/portal/{portalId}/user/bulk-create', `${portal}/bulk-create`, t.admin, {
      Users: [
        { XfpRole: 'Viewer', EmailAddress: 'bulk1@example.edu' },
        { XfpRole: 'Viewer', EmailAddress: 'bulk2@example.edu' },
      ],
    });
    await check('POST', '/api/v1/portal/{portalId}/user/bulk-delete', `${portal}/bulk-delete`, t.admin, { UserIds: [bulk.UserId] });
    await check('DELETE', '/api/v1/portal/{portalId}/user/{userId}', `${portal}/${profile.UserId}`, t.admin);
    const status = async (path: string, token: string, method = 'GET', body?: unknown): Promise<number> =>
      (await api(emu, path, { token, method, body })).status;
    const documented = (method: string, swaggerPath: string, code: number): void =>
      assert.ok(swagger.paths[swaggerPath][method].responses[String(code)], `${method} ${swaggerPath} documents ${code}`);
    assert.equal(await status(portal, t.admin, 'POST', { XfpRole: 'Boss', EmailAddress: 'x@example.edu' }), 400);
    documented('post', '/api/v1/portal/{portalId}/user', 400);
    assert.equal(await status(portal, t.admin, 'POST', { XfpRole: 'Viewer', EmailAddress: 'bulk2@example.edu' }), 412);
    documented('post', '/api/v1/portal/{portalId}/user', 412);
    assert.equal(await status(`${portal}/${profile.UserId}`, t.admin, 'DELETE'), 404);
    documented('delete', '/api/v1/portal/{portalId}/user/{userId}', 404);
    assert.equal(await status(portal, t.instructor), 401);
    documented('get', '/api/v1/portal/{portalId}/user', 401);
  });

  it('validated a response of every REST route the emulator implements', () => {
    const validated = new Set(
      [...checked].map((c) =>
        c
          .split(' ')
          .slice(0, 2)
          .join(' ')
          .replace(/\{[^}]+\}/g, '{}')
          .toLowerCase(),
      ),
    );
    const routes = emu.router
      .list()
      .filter((r) => r.includes('/Panopto/api/v1/'))
      .map((r) =>
        r
          .replace('/Panopto/api/v1/', '/api/v1/')
          .replace(/:[A-Za-z]+/g, '{}')
          .toLowerCase(),
      );
    const missing = routes.filter((r) => !validated.has(r));
    assert.deepEqual(missing, []);
  });
});
