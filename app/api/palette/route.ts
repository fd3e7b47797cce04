// The command palette's index (clusters, services, running tasks, task definition families), read when it opens.
import { paletteIndex } from '@/lib/ecs/palette-index';
import { ecsGetHandler } from '@/lib/ecs/route-handler';

export const GET = ecsGetHandler('GET /api/palette', () => paletteIndex());
