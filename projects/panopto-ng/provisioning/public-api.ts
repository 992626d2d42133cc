/*
 * Public API of `panopto-ng/provisioning`: course folders and enrolments kept in sync with Panopto.
 * The planner, the apply engine, the stores and the fetch backend are plain TypeScript (usable in Node);
 * the service and the report component are Angular.
 */
export * from './src/sync-model';
export * from './src/folder-template';
export * from './src/folder-marker';
export * from './src/sync-planner';
export * from './src/sync-backend';
export * from './src/read-current-state';
export * from './src/resolve-principals';
export * from './src/sync-progress-store';
export * from './src/apply-plan';
export * from './src/fetch-sync-backend';
export * from './src/panopto-api-sync-backend';
export * from './src/panopto-sync.service';
export * from './src/sync-report/sync-report.component';
