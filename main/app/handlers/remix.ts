import type { remixCalls } from '../../contract/api/remix';
import { remixFieldsOf } from '../../engine/remix/remix-plan';
import { appendTake } from '../../projects/timeline/edit-takes';
import { newId } from '../../projects/project-store';
import { exportTake, importTake } from '../take-share';
import { prepareExtend, prepareRange, prepareRemix } from '../take-variations';
import type { HandlerFactory } from './types';

export const remixHandlers: HandlerFactory<typeof remixCalls> = (studio) => ({
  'clips.regenerateRange': async ({ projectId, ...request }) => ({ jobId: await studio.startDerived(projectId, (store) => prepareRange(store, request)) }),
  'clips.extend': async ({ projectId, ...request }) => ({ jobId: await studio.startDerived(projectId, (store) => prepareExtend(store, request)) }),
  'takes.remix': async ({ projectId, ...request }) => ({ jobId: await studio.startDerived(projectId, (store) => prepareRemix(store, request, (words, format) => studio.readWords(words, format))) }),
  'takes.remixable': ({ projectId, takeId }) => studio.read(projectId, (store) => remixFieldsOf(store.takeRecord(takeId).plan)),
  'takes.place': ({ projectId, takeId, clipId }) =>
    studio.edit(projectId, (store) => {
      store.checkSources([{ takeId, takeIds: [], mediaId: null }]);
      if (clipId) {
        store.clip(clipId);
        return store.switchClipTake('Use take in clip', clipId, takeId);
      }
      store.edit('Add take as a clip', (t, ctx) => appendTake(t, ctx, takeId, newId()).timeline);
      return null;
    }),
  'takes.export': async ({ projectId, ...request }) => {
    const { version } = await studio.info();
    return { path: await studio.read(projectId, (store) => exportTake(store, request, version, studio.cameos)) };
  },
  'takes.import': async ({ projectId, ...request }) => {
    await studio.read(projectId, (store) => importTake(store, request, process.env));
    return studio.edit(projectId, () => undefined);
  },
});
