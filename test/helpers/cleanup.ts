import { afterAll } from 'vitest';
import { removeTemporaryFolders } from './temporary.ts';

// A setup file (vitest.config.ts `setupFiles`): its `afterAll` is registered before a test file's own, and Vitest
// runs `afterAll` hooks in reverse order, so a file's own clean-up (a server closed, a build stopped) comes first.
afterAll(removeTemporaryFolders);
