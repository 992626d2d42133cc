// oidc-provider storage: an in-memory adapter (tokens, sessions, grants, interactions). Tokens don't
// survive a restart by design — a restarted emulator is like a tenant that revoked every token, which
// the library must handle anyway (invalid_grant → sign in again).
import type { Adapter, AdapterPayload } from 'oidc-provider';

const stores = new WeakMap<object, Map<string, { payload: AdapterPayload; expiresAt: number | null }>>();

/**
 * `findClient` answers the "Client" model (clients that are not static configuration): the clients file.
 */
export function memoryAdapterFactory(
  now: () => number = Date.now,
  findClient: (id: string) => AdapterPayload | undefined = () => undefined,
): (name: string) => Adapter {
  // One map per provider instance and model name; tests run several emulators in one process.
  const owner = {};
  stores.set(owner, new Map());
  const all = stores.get(owner) as Map<string, { payload: AdapterPayload; expiresAt: number | null }>;
  return (name: string) => (name === 'Client' ? new ClientLookup(findClient) : new MemoryAdapter(name, all, now));
}

/** Read-only: clients are registered by editing the clients file, never through the adapter. */
class ClientLookup implements Adapter {
  constructor(private readonly findClient: (id: string) => AdapterPayload | undefined) {}
  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.findClient(id);
  }
  async upsert(): Promise<void> {
    throw new Error('Clients are registered in the clients file (PANOPTO_EMULATOR_CLIENTS), not at run time.');
  }
  async findByUserCode(): Promise<undefined> {
    return undefined;
  }
  async findByUid(): Promise<undefined> {
    return undefined;
  }
  async consume(): Promise<void> {}
  async destroy(): Promise<void> {}
  async revokeByGrantId(): Promise<void> {}
}

class MemoryAdapter implements Adapter {
  constructor(
    private readonly name: string,
    private readonly all: Map<string, { payload: AdapterPayload; expiresAt: number | null }>,
    private readonly now: () => number,
  ) {}

  private key(id: string): string {
    return `${this.name}:${id}`;
  }

  private live(key: string): AdapterPayload | undefined {
    const entry = this.all.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== null && entry.expiresAt <= this.now()) {
      this.all.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const expiresAt = expiresIn ? this.now() + expiresIn * 1000 : null;
    this.all.set(this.key(id), { payload, expiresAt });
    if (payload.grantId) {
      const grantKey = `grant:${payload.grantId}`;
      const list = (this.all.get(grantKey)?.payload as { keys?: string[] } | undefined)?.keys ?? [];
      list.push(this.key(id));
      this.all.set(grantKey, { payload: { keys: list } as AdapterPayload, expiresAt: null });
    }
    if (payload.userCode)
      this.all.set(`userCode:${payload.userCode}`, { payload: { id } as AdapterPayload, expiresAt });
    if (payload.uid) this.all.set(`uid:${payload.uid}`, { payload: { id } as AdapterPayload, expiresAt });
  }

  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.live(this.key(id));
  }

  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    const ref = this.live(`userCode:${userCode}`) as { id?: string } | undefined;
    return ref?.id ? this.find(ref.id) : undefined;
  }

  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    const ref = this.live(`uid:${uid}`) as { id?: string } | undefined;
    return ref?.id ? this.find(ref.id) : undefined;
  }

  async consume(id: string): Promise<void> {
    const entry = this.all.get(this.key(id));
    if (entry) entry.payload.consumed = Math.floor(this.now() / 1000);
  }

  async destroy(id: string): Promise<void> {
    this.all.delete(this.key(id));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    const grantKey = `grant:${grantId}`;
    const keys = (this.all.get(grantKey)?.payload as { keys?: string[] } | undefined)?.keys ?? [];
    for (const k of keys) this.all.delete(k);
    this.all.delete(grantKey);
  }
}
