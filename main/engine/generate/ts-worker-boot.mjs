// When Kinora runs from TypeScript sources (tests, `tsx`), a worker thread cannot load a .ts file by
// itself: this bootstrap registers tsx inside the thread first. Built code never uses it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.__entry);
