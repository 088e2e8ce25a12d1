// Recent projects that share a name say where each lives, far enough up their paths to differ.
import { describe, expect, it } from 'vitest';
import { projectPlaces } from '../../renderer/src/lib/project-places';

describe('where a recent project lives', () => {
  it('is said only for shared names, as the shortest end of the path that tells them apart', () => {
    const places = projectPlaces([
      { name: 'Beach', path: '/home/ana/Kinora Projects/Beach' },
      { name: 'Beach', path: '/media/usb/Kinora Projects/Beach' },
      { name: 'Beach', path: '/home/ana/Kinora Projects/Beach 2' },
      { name: 'Park', path: '/home/ana/Kinora Projects/Park' },
      { name: 'Dog', path: 'C:\\Users\\ana\\Kinora Projects\\Dog' },
      { name: 'Dog', path: 'D:\\Kinora Projects\\Dog' },
    ]);
    expect(places).toEqual([
      'ana/Kinora Projects/Beach',
      'usb/Kinora Projects/Beach',
      'Kinora Projects/Beach 2',
      null,
      'ana/Kinora Projects/Dog',
      'D:/Kinora Projects/Dog',
    ]);
  });
});
