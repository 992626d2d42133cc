// HTML of the sign-in, sign-out and error pages. Plain, accessible markup (labels, error announced with
// role="alert" and tied to the fields with aria-describedby, visible focus), light and dark colour schemes.

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c] as string),
  );
}

const STYLE = `
:root{color-scheme:light dark;--bg:#f3f5f9;--card:#fff;--text:#1c2430;--muted:#5b6675;--accent:#2a6ff0;--accent-text:#fff;--error:#b3261e;--border:#c9d0db}
@media (prefers-color-scheme:dark){:root{--bg:#11151c;--card:#1b212b;--text:#e6e9ef;--muted:#a7b0bd;--accent:#7aa7ff;--accent-text:#0b1020;--error:#ffb4ab;--border:#3a4453}}
*{box-sizing:border-box}body{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{width:min(92vw,380px);background:var(--card);border:1px solid var(--border);border-radius:12px;padding:28px 28px 20px;box-shadow:0 8px 30px rgba(0,0,0,.08)}
.brand{display:flex;align-items:center;gap:10px;margin:0 0 4px;font-weight:700;font-size:1.05rem}
.brand span{display:inline-grid;place-items:center;width:28px;height:28px;border-radius:7px;background:var(--accent);color:var(--accent-text);font-size:.9rem}
h1{font-size:1.35rem;margin:12px 0 4px}p{margin:0 0 16px;color:var(--muted)}
label{display:block;font-weight:600;margin:14px 0 6px}
input{width:100%;padding:10px 12px;border:1px solid var(--border);border-radius:8px;background:transparent;color:inherit;font:inherit}
input:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
input[aria-invalid=true]{border-color:var(--error)}
button{margin-top:20px;width:100%;padding:11px;border:0;border-radius:8px;background:var(--accent);color:var(--accent-text);font:inherit;font-weight:700;cursor:pointer}
button:hover{filter:brightness(1.08)}
.error{margin:12px 0 0;padding:10px 12px;border-radius:8px;border:1px solid var(--error);color:var(--error)}
.hint{margin-top:18px;font-size:.85rem}
code{font-size:.85rem}
pre{margin:0 0 16px;padding:12px;border:1px solid var(--border);border-radius:8px;overflow:auto;max-width:100%}
main.wide{width:min(94vw,720px)}
`;

function page(title: string, body: string, mainClass = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Panopto (emulator)</title>
<style>${STYLE}</style>
</head>
<body>
<main${mainClass ? ` class="${mainClass}"` : ''}>
<div class="brand"><span aria-hidden="true">P</span>Panopto <small>(local emulator)</small></div>
${body}
</main>
</body>
</html>`;
}

export interface LoginPageOptions {
  action: string;
  clientName: string;
  username?: string;
  error?: string;
}

export function loginPage(o: LoginPageOptions): string {
  const invalid = o.error ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  return page(
    'Sign in',
    `<h1>Sign in</h1>
<p>to continue to <strong>${escapeHtml(o.clientName)}</strong></p>
<form method="post" action="${escapeHtml(o.action)}" novalidate>
${o.error ? `<div class="error" id="login-error" role="alert">${escapeHtml(o.error)}</div>` : ''}
<label for="username">Username</label>
<input id="username" name="username" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus value="${escapeHtml(
      o.username ?? '',
    )}"${invalid}>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
<button type="submit">Sign in</button>
</form>
<p class="hint">Seeded accounts: <code>instructor</code>, <code>student</code>, <code>admin</code> (password = username).</p>`,
  );
}

export function messagePage(title: string, message: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1><p role="status">${escapeHtml(message)}</p>`);
}

export function logoutPage(host: string, form: string): string {
  return page(
    'Sign out',
    `<h1>Sign out</h1><p>Do you want to sign out of ${escapeHtml(host)}?</p>
${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm" style="background:transparent;color:inherit;border:1px solid var(--border)">No, stay signed in</button>`,
  );
}

/** The sign-in error page for an unknown client or redirect URI: what is wrong, which file to edit, what to paste. */
export function clientHelpPage(error: string, help: { title: string; paragraphs: string[]; snippet: string }): string {
  return page(
    help.title,
    `<h1>${escapeHtml(help.title)}</h1>
<p role="alert"><code>${escapeHtml(error)}</code></p>
${help.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<pre><code id="client-entry">${escapeHtml(help.snippet)}</code></pre>
<p class="hint">The emulator README's "Clients file" section documents every field.</p>`,
    'wide',
  );
}
