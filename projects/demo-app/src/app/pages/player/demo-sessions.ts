/**
 * Seeded sessions of the local emulator. Its seed is deterministic (GUIDs derived from names, see
 * `projects/panopto-emulator/src/seed`), so these ids are the same on every machine.
 */
export interface DemoSession {
  id: string;
  title: string;
}

export const DEMO_SESSIONS: DemoSession[] = [
  { id: '0c1cf096-5260-5251-be3d-d99c5bb4cbb0', title: 'BIO101 Week 1 Lecture 1' },
  { id: '089d6ed9-69f8-5367-b991-f2a4bde71208', title: 'BIO101 Week 1 Lecture 2' },
  { id: '9def2bc1-85ff-5c63-96f0-3047f7c9d4fe', title: 'BIO101 Week 2 Lecture 1' },
  { id: 'df81cb9d-4469-5e72-b19a-a73e9c97cf82', title: 'BIO101 Week 2 Lecture 2' },
  { id: '28cd3010-80a4-5a13-aa14-f815d4350995', title: 'BIO101 Week 3 Lecture 1' },
  { id: 'a4668f5a-3f7a-5653-a8e5-eadd5d098c2d', title: 'BIO101 Week 4 Lecture 1' },
  { id: '5d799242-4664-548e-a1cb-7d54ae95aa40', title: 'BIO101 Week 4 Lecture 2' },
  { id: 'bc0e3a80-91d8-53c0-9b13-ee5d9c71b7f6', title: 'BIO101 Week 5 Lecture 1' },
];

/** Restricted: only creators of its folder may watch it; anonymous browsers get Panopto's sign-in prompt. */
export const RESTRICTED_SESSION: DemoSession = {
  id: '84d810f8-4600-515e-8b41-62e1128903f4',
  title: 'BIO101 Week 3 Lecture 2 (restricted)',
};
