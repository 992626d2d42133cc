import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Observable, Subscription } from 'rxjs';
import { PANOPTO_CLOCK, PANOPTO_RANDOM } from '../clock/panopto-clock';
import { PanoptoConfig } from '../config/panopto-config';
import { providePanopto } from '../config/provide-panopto';
import { PanoptoEvent } from '../events/panopto-event';
import { PanoptoEvents } from '../events/panopto-events';
import { PanoptoApi } from '../api/panopto-api';
import { FakePanoptoClock } from 'panopto-ng/testing';

/** Test-only wiring of the REST core: a fake clock, deterministic jitter, HttpTestingController. */
export const TEST_SERVER = 'https://demo.hosted.panopto.com';
export const API = `${TEST_SERVER}/Panopto/api/v1`;
export const ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
export const ID2 = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

export interface RestCoreHarness {
  api: PanoptoApi;
  http: HttpTestingController;
  clock: FakePanoptoClock;
  events: PanoptoEvent[];
  /** Values, error and completion of a subscription, for synchronous assertions. */
  observe<T>(source: Observable<T>): Observed<T>;
}

export interface Observed<T> {
  values: T[];
  error: unknown;
  completed: boolean;
  subscription: Subscription;
}

export function setupRestCore(
  config: Partial<PanoptoConfig> = {},
  options: { random?: () => number; providers?: Provider[] } = {},
): RestCoreHarness {
  const clock = new FakePanoptoClock();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      providePanopto({ serverUrl: TEST_SERVER, ...config }),
      { provide: PANOPTO_CLOCK, useValue: clock },
      { provide: PANOPTO_RANDOM, useValue: options.random ?? (() => 0) },
      ...(options.providers ?? []),
    ],
  });
  const events: PanoptoEvent[] = [];
  TestBed.inject(PanoptoEvents).events$.subscribe((e) => events.push(e));
  return {
    api: TestBed.inject(PanoptoApi),
    http: TestBed.inject(HttpTestingController),
    clock,
    events,
    observe<T>(source: Observable<T>): Observed<T> {
      const result: Observed<T> = { values: [], error: undefined, completed: false, subscription: Subscription.EMPTY };
      result.subscription = source.subscribe({
        next: (v) => result.values.push(v),
        error: (e: unknown) => (result.error = e),
        complete: () => (result.completed = true),
      });
      return result;
    },
  };
}
