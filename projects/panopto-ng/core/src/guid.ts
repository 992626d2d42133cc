/**
 * The pseudo-id of Panopto's top level: `GET /folders/{ROOT_FOLDER_ID}/children` lists the top-level folders, and
 * `FolderUpdate.Parent = ROOT_FOLDER_ID` moves a folder to the top level. It is not a real folder: `GET
 * /folders/{ROOT_FOLDER_ID}` fails.
 *
 * @example
 * ```ts
 * api.folders.children(ROOT_FOLDER_ID).subscribe((page) => console.log(page.Results));
 * ```
 */
export const ROOT_FOLDER_ID = '00000000-0000-0000-0000-000000000000';

// A literal (rather than `new RegExp(GUID_PATTERN_SOURCE)`): it is what every bundle that checks an id carries.
const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one GUID pattern of panopto-ng, as regular-expression source (no anchors), for code that must embed an id
 * in a larger pattern such as a route matcher. Everything else calls `isGuid()`.
 *
 * @example
 * ```ts
 * const sessionPath = new RegExp(`^/sessions/(${GUID_PATTERN_SOURCE})$`, 'i');
 * ```
 */
export const GUID_PATTERN_SOURCE = /*@__PURE__*/ (() => GUID_PATTERN.source.slice(1, -1))();


/**
 * True when `value` is a GUID in Panopto's form (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, any case, no braces).
 * Everything that puts an id into a URL, an iframe `src` or a CSS value checks it with this first, so a crafted
 * id such as `../users/me` can never change which endpoint is called.
 *
 * @example
 * ```ts
 * if (!isGuid(route.snapshot.paramMap.get('id'))) { showNotFound(); }
 * ```
 */
export function isGuid(value: unknown): value is string {
  return typeof value === 'string' && GUID_PATTERN.test(value);
}

/**
 * Throws a `TypeError` naming the parameter when `value` is not a GUID; returns it unchanged otherwise.
 *
 * @example
 * ```ts
 * const id = assertGuid(input, 'folderId');
 * ```
 */
export function assertGuid(value: unknown, name = 'id'): string {
  if (!isGuid(value)) {
    const shown =
      typeof value === 'string' ? `'${value.length > 60 ? value.slice(0, 60) + '…' : value}'` : String(value);
    throw new TypeError(
      `panopto-ng: \`${name}\` must be a Panopto id (a GUID such as '${ROOT_FOLDER_ID}'); got ${shown}. ` +
        `Take ids from API results (e.g. Folder.Id) rather than from user input or display names.`,
    );
  }
  return value;
}
