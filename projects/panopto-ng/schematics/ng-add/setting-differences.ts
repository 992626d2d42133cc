import { PanoptoSetup } from './options';
import { clientIdSetting, redirectUriSetting, serverUrlSetting } from './provider-code';
import { shown } from './setup-result';
import { findCalls, ts } from './source-file';

/** An expression's code with quotes and spacing evened out, so that `"x"` and `'x'` compare equal. */
function normalised(code: string): string {
  return code.replace(/"/g, "'").replace(/\s+/g, '').replace(/\/'/g, "'");
}

/** The value of `name` in the object literal passed first to the only call of any of `callees`, if there is one. */
function settingIn(source: ts.SourceFile, callees: readonly string[], name: string): ts.Expression | null {
  const calls = callees.flatMap((callee) => findCalls(source, callee));
  const config = calls.length === 1 ? calls[0].arguments[0] : undefined;
  if (!config || !ts.isObjectLiteralExpression(config)) return null;
  for (const property of config.properties) {
    if (ts.isPropertyAssignment(property) && property.name.getText() === name) return property.initializer;
  }
  return null;
}

/**
 * The settings the file already holds with other values than this run would write, one line each
 * (`serverUrl is 'https://old.example' in src/main.ts; given: 'https://new.example'`). The schematic does not
 * overwrite code that is already there; it says what differs so that a re-run with other values is not mistaken
 * for one that applied them. Settings it cannot find (a hand-written config object elsewhere) are not compared.
 */
export function settingDifferences(path: string, source: ts.SourceFile, setup: PanoptoSetup): string[] {
  const wanted: { name: string; callees: string[]; code: string }[] = [
    { name: 'serverUrl', callees: ['providePanopto', 'PanoptoModule.forRoot'], code: serverUrlSetting(setup).code },
  ];
  if (setup.auth) {
    const callees = ['withPanoptoAuth', 'providePanoptoAuth', 'PanoptoAuthModule.forRoot'];
    wanted.push(
      { name: 'clientId', callees, code: clientIdSetting(setup, setup.auth).code },
      { name: 'redirectUri', callees, code: redirectUriSetting(setup.auth) },
    );
  }
  const lines: string[] = [];
  for (const { name, callees, code } of wanted) {
    const found = settingIn(source, callees, name);
    if (found && normalised(found.getText()) !== normalised(code)) {
      lines.push(`${name} is ${found.getText()} in ${shown(path)}; given: ${code}`);
    }
  }
  return lines;
}
