/** A stand-in for `document` whose visibility a spec can switch. */
export class FakeVisibilityDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';

  setHidden(hidden: boolean): void {
    this.visibilityState = hidden ? 'hidden' : 'visible';
    this.dispatchEvent(new Event('visibilitychange'));
  }

  asDocument(): Document {
    return this as unknown as Document;
  }
}
