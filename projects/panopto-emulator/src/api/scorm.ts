// GET /sessions/{id}/manage/scorm?type=Interactive|Embed: a SCORM 1.2 package (ZIP) whose launch page
// plays the session, in the full viewer (Interactive) or the embed player (Embed). Creators only.
import type { Router } from '../router.js';
import type { EmulatorContext } from '../context.js';
import { badRequest } from '../http.js';
import { API_BASE, query } from './common.js';
import { editableSession } from './access.js';
import { zip } from './zip.js';

const TYPES = ['Interactive', 'Embed'] as const;

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);

export function registerScormRoutes(router: Router, ctx: EmulatorContext): void {
  router.get(`${API_BASE}/sessions/:id/manage/scorm`, async (req, res, { params, url }) => {
    const { user } = await ctx.requireAccount(req);
    const session = editableSession(ctx, user, params['id']);
    const raw = query(url, 'type');
    const type = TYPES.find((t) => t.toLowerCase() === (raw ?? '').toLowerCase());
    if (!type) throw badRequest(`'type' must be one of ${TYPES.join(', ')}; got '${raw ?? ''}'.`, 'InvalidParameter');
    const page = type === 'Embed' ? 'Embed.aspx' : 'Viewer.aspx';
    const src = `${ctx.baseUrl}/Panopto/Pages/${page}?id=${session.Id}`;
    const title = escapeXml(session.Name);
    const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="panopto-${session.Id}" version="1.2" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>${title}</title>
    <item identifier="item" identifierref="res"><title>${title}</title></item>
  </organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource></resources>
</manifest>
`;
    const index = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body style="margin:0"><iframe src="${escapeXml(src)}" title="${title}" style="border:0;width:100vw;height:100vh" allow="autoplay; fullscreen"></iframe></body></html>
`;
    const body = zip([
      { name: 'imsmanifest.xml', data: Buffer.from(manifest) },
      { name: 'index.html', data: Buffer.from(index) },
    ]);
    res.writeHead(200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="scorm-${type.toLowerCase()}-${session.Id}.zip"`,
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}
