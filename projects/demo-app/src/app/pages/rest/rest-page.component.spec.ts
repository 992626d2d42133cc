import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ROOT_FOLDER_ID, providePanopto } from 'panopto-ng';
import { FakePanoptoClock, provideFakePanoptoClock } from 'panopto-ng/testing';
import { RestPageComponent } from './rest-page.component';

const API = 'http://localhost:4300/Panopto/api/v1';
const CHILDREN = `${API}/folders/${ROOT_FOLDER_ID}/children`;

describe('RestPageComponent', () => {
  let fixture: ComponentFixture<RestPageComponent>;
  let http: HttpTestingController;
  let clock: FakePanoptoClock;
  let el: HTMLElement;

  beforeEach(() => {
    clock = new FakePanoptoClock();
    TestBed.configureTestingModule({
      imports: [RestPageComponent],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        providePanopto({ serverUrl: 'http://localhost:4300' }),
        provideFakePanoptoClock(clock, () => 0),
      ],
    });
    fixture = TestBed.createComponent(RestPageComponent);
    http = TestBed.inject(HttpTestingController);
    el = fixture.nativeElement;
    fixture.detectChanges();
  });

  const button = (text: string) =>
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim().startsWith(text)) as HTMLButtonElement;
  const text = () => el.textContent ?? '';

  it('lists the top-level folders, with a loading state and the events in the log', () => {
    button('List top-level folders').click();
    fixture.detectChanges();
    expect(el.querySelector('[role=status]')?.textContent).toContain('Top-level folders');
    const req = http.expectOne((r) => r.url === CHILDREN);
    expect(req.request.params.get('sortField')).toBe('Name');
    clock.tick(120);
    req.flush({ Results: [{ Id: ROOT_FOLDER_ID.replace(/0$/, '1'), Name: 'Biology 101', Description: 'Cells' }] });
    fixture.detectChanges();
    expect(text()).toContain('Biology 101');
    expect(text()).toContain('Top-level folders (1)');
    const log = el.querySelector('.rest-log')?.textContent ?? '';
    expect(log).toContain('request-start');
    expect(log).toContain('← GET /folders/{id}/children 200 in 120 ms');
  });

  it('shows the empty state when there are no results', () => {
    button('List top-level folders').click();
    http.expectOne((r) => r.url === CHILDREN).flush({ Results: [] });
    fixture.detectChanges();
    expect(text()).toContain('There are no top-level folders');
  });

  it('shows a 401 as a typed PanoptoAuthError with what to do', () => {
    button('List top-level folders').click();
    http.expectOne((r) => r.url === CHILDREN).flush(null, { status: 401, statusText: 'Unauthorized' });
    fixture.detectChanges();
    const alert = el.querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toContain('PanoptoAuthError');
    expect(alert).toContain('status 401');
    expect(alert).toContain('Sign in first');
  });

  it('searches sessions with the typed query', async () => {
    await fixture.whenStable(); // ngModel writes its first value asynchronously
    const input = el.querySelector('#rest-query') as HTMLInputElement;
    input.value = 'mitosis';
    input.dispatchEvent(new Event('input'));
    button('Search').click();
    const req = http.expectOne((r) => r.url === `${API}/sessions/search`);
    expect(req.request.params.get('searchQuery')).toBe('mitosis');
    req.flush({
      Results: [
        { Id: ROOT_FOLDER_ID, Name: 'Mitosis explained', Folder: ROOT_FOLDER_ID, Duration: 600 },
        { Id: ROOT_FOLDER_ID, Name: 'Short clip', Folder: ROOT_FOLDER_ID, Duration: 3723.4 },
      ],
    });
    fixture.detectChanges();
    expect(text()).toContain('Mitosis explained');
    expect(text()).toContain('10:00');
    expect(text()).toContain('1:02:03');
  });

  it('shows the 404 of the missing folder with its ErrorCode', () => {
    button('Get a missing folder').click();
    http
      .expectOne((r) => r.url.startsWith(`${API}/folders/`))
      .flush(
        { Error: { ErrorCode: 'NotFound', Message: 'No such folder', Success: false } },
        { status: 404, statusText: 'Not Found' },
      );
    fixture.detectChanges();
    const alert = el.querySelector('[role=alert]')?.textContent ?? '';
    expect(alert).toContain('PanoptoApiError');
    expect(alert).toContain('ErrorCode NotFound');
  });

  it('fires a burst of 12: 5 go at once (interactive first), the rest wait for the limiter', () => {
    button('Fire a burst').click();
    fixture.detectChanges();
    const first = http.match((r) => r.url === CHILDREN);
    expect(first.length).toBe(5);
    // The first five slots go in order of arrival (background 0–4); the queue then prefers interactive calls.
    first.forEach((r) => r.flush({ Results: [] }));
    clock.tick(1000);
    const second = http.match((r) => r.url === CHILDREN);
    expect(second.map((r) => r.request.params.get('pageNumber'))).toEqual(['6', '7', '8', '9', '10']);
    fixture.detectChanges();
    expect(text()).toContain('waited 1000 ms for the rate limit');
    expect(text()).toContain('5 done, 5 in flight, 2 waiting for the limiter');
    expect(el.querySelectorAll('.rest-tile--queued').length).toBe(2);
    button('Cancel').click();
    fixture.detectChanges();
    expect(second.every((r) => r.cancelled)).toBeTrue();
    expect(el.querySelectorAll('.rest-tile--cancelled').length).toBe(7);
    clock.tick(5000);
    http.verify();
  });
});
