import {
  ComponentRef,
  Directive,
  ElementRef,
  EnvironmentInjector,
  EventEmitter,
  NgZone,
  OnChanges,
  OnDestroy,
  OnInit,
  SimpleChanges,
  Type,
  ViewChild,
  ViewContainerRef,
  inject,
} from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { AttributeKind, coerceAttribute } from './coerce-attribute';
import { elementsRuntime } from './elements-runtime';

/** What an element wraps: the library component, how each of its inputs is coerced, which outputs it re-emits. */
export interface WrappedComponent<T, I extends string = string> {
  readonly component: Type<T>;
  /** Input name (as the component spells it) → how an attribute's string becomes its value. */
  readonly inputs: Readonly<Record<I, AttributeKind>>;
  /** Output names of the component; the wrapper has an `EventEmitter` of the same name, aliased in kebab-case. */
  readonly outputs: readonly string[];
}

/** The wrapper behind each element, by host element: what the element's methods (`play()`, …) talk to. */
const wrappers = new WeakMap<HTMLElement, PanoptoElementWrapper<object>>();

/** The wrapped component instance of an element, or null while it is not connected (or waits for `configure()`). */
export function wrappedInstance<T extends object>(element: HTMLElement): T | null {
  return (wrappers.get(element)?.instance as T | undefined) ?? null;
}

/**
 * The common part of every element: the wrapper component Angular Elements registers holds the library's
 * component in its view, created with the injector of the element's Panopto site (the shared one from
 * `PanoptoElements.configure()`, or its own `server-url`). Inputs are coerced and forwarded with `setInput`
 * (only those the page set, so the component's defaults stay), outputs are re-emitted by the wrapper's own
 * emitters, which Angular Elements dispatches as `CustomEvent`s. Removing the element destroys both.
 */
@Directive()
export abstract class PanoptoElementWrapper<T extends object> implements OnChanges, OnInit, OnDestroy {
  /** The Panopto site for this element only, e.g. `https://otheruni.hosted.panopto.com` (attribute `server-url`). */
  serverUrl: string | null = null;

  @ViewChild('outlet', { read: ViewContainerRef, static: true }) private outlet!: ViewContainerRef;

  protected abstract readonly wrapped: WrappedComponent<T>;
  protected readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly zone = inject(NgZone);
  private readonly values = new Map<string, unknown>();
  private ref: ComponentRef<T> | null = null;
  private site: Subscription | null = null;
  private outputs = new Subscription();

  /** The wrapped component, once created. */
  get instance(): T | null {
    return this.ref?.instance ?? null;
  }

  ngOnChanges(changes: SimpleChanges): void {
    const tag = this.host.localName;
    for (const name of Object.keys(changes)) {
      const kind = (this.wrapped.inputs as Record<string, AttributeKind | undefined>)[name];
      if (!kind) continue;
      try {
        const value = coerceAttribute(kind, changes[name].currentValue, tag, name);
        this.values.set(name, value);
        this.ref?.setInput(name, value);
      } catch (error) {
        // The page's mistake: say which attribute, keep the previous value, keep the element working.
        console.error(error);
      }
    }
    const server = changes['serverUrl'];
    if (server && !server.firstChange) this.connect();
    // Angular Elements checks the wrapper's host view only; the wrapper is OnPush without bindings, so the
    // component's own view is refreshed here (which runs its ngOnChanges with what setInput recorded).
    else this.ref?.changeDetectorRef.detectChanges();
  }

  ngOnInit(): void {
    wrappers.set(this.host, this);
    this.connect();
  }

  ngOnDestroy(): void {
    this.disconnect();
    wrappers.delete(this.host);
  }

  /** (Re)creates the component once the element's site is known. */
  private connect(): void {
    this.disconnect();
    this.site = elementsRuntime.injectorFor(this.serverUrl || null).subscribe({
      // configure() may run in the page's own code, outside Angular: create inside the zone so the component's
      // listeners and timers are seen by change detection.
      next: (injector) => this.zone.run(() => this.createOrReport(injector)),
      error: (error: unknown) => console.error(error),
    });
  }

  /** A component that cannot start (say sign-in without `auth` configured) says why in the console, once. */
  private createOrReport(environmentInjector: EnvironmentInjector): void {
    try {
      this.create(environmentInjector);
    } catch (error) {
      this.disconnect();
      console.error(error);
    }
  }

  private create(environmentInjector: EnvironmentInjector): void {
    // The site's injector is also the element injector: otherwise a lookup that misses the wrapper's own
    // injectors falls through to the element's creation injector (the application's) and makes the library's
    // root services there, without this site's PANOPTO_CONFIG.
    const ref = this.outlet.createComponent(this.wrapped.component, {
      environmentInjector,
      injector: environmentInjector,
    });
    // Every input is set now, the page's value or else the component's own default: in a template all inputs
    // are bound before the first check, and components treat a later first value as a change (the player
    // rebuilds only for changes that are not `firstChange`).
    const defaults = ref.instance as unknown as Record<string, unknown>;
    for (const name of Object.keys(this.wrapped.inputs)) {
      const value = this.values.get(name);
      ref.setInput(name, value !== undefined && value !== null ? value : defaults[name]);
    }
    const instance = ref.instance as unknown as Record<string, Observable<unknown>>;
    const emitters = this as unknown as Record<string, EventEmitter<unknown>>;
    for (const name of this.wrapped.outputs) {
      this.outputs.add(instance[name].subscribe((value) => emitters[name].emit(value)));
    }
    this.ref = ref;
    ref.changeDetectorRef.detectChanges();
  }

  private disconnect(): void {
    this.site?.unsubscribe();
    this.site = null;
    this.outputs.unsubscribe();
    this.outputs = new Subscription();
    this.ref?.destroy();
    this.ref = null;
  }
}
