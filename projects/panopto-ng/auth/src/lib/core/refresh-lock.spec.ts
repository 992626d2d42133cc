import { FakePanoptoClock } from 'panopto-ng/testing';
import { InProcessRefreshLock, StorageLeaseRefreshLock, defaultRefreshLock } from './refresh-lock';
import { MemoryTokenStorage } from './token-storage';
import { settle } from '../testing-support/auth-test-kit';

describe('refresh locks', () => {
  it('InProcessRefreshLock runs one task at a time, also after a failure', async () => {
    const lock = new InProcessRefreshLock();
    const order: string[] = [];
    const a = lock.run('n', async () => {
      order.push('a');
      await settle();
      throw new Error('a failed');
    });
    const b = lock.run('n', async () => order.push('b'));
    await expectAsync(a).toBeRejected();
    await b;
    expect(order).toEqual(['a', 'b']);
  });

  it('StorageLeaseRefreshLock waits on the given clock (PANOPTO_CLOCK) and releases its lease', async () => {
    const clock = new FakePanoptoClock();
    const storage = new MemoryTokenStorage() as unknown as Storage;
    const lock = new StorageLeaseRefreshLock(storage, clock, 10_000, () => null);
    let ran = false;
    const done = lock.run('n', async () => {
      ran = true;
      expect(storage.getItem('panopto-ng.lease.n')).toContain(`|${clock.now() - 25 + 10_000}`);
      return 'ok';
    });
    await settle();
    expect(ran).toBeFalse();
    expect(clock.pendingDelays()).toEqual([25]);
    clock.tick(25);
    expect(await done).toBe('ok');
    expect(storage.getItem('panopto-ng.lease.n')).toBeNull();
  });

  it("StorageLeaseRefreshLock waits while another tab's lease is valid", async () => {
    const clock = new FakePanoptoClock();
    const storage = new MemoryTokenStorage() as unknown as Storage;
    storage.setItem('panopto-ng.lease.n', `other|${clock.now() + 300}`);
    const lock = new StorageLeaseRefreshLock(storage, clock, 10_000, () => null);
    let ran = false;
    const done = lock.run('n', async () => (ran = true));
    for (let i = 0; i < 5 && !ran; i++) {
      await settle();
      const [next] = clock.pendingDelays();
      if (next !== undefined) clock.tick(next);
    }
    await done;
    expect(ran).toBeTrue();
    expect(clock.now()).toBeGreaterThanOrEqual(Date.UTC(2026, 0, 1) + 300);
  });

  it('a clock with now() only (as before 0.2) is still accepted', () => {
    expect(new StorageLeaseRefreshLock(new MemoryTokenStorage() as unknown as Storage, { now: () => 0 })).toBeTruthy();
    expect(defaultRefreshLock()).toBeTruthy();
  });
});
