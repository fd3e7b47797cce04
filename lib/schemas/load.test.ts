// The schema modules build their zod schemas while they load, with helpers (`wholeNumber`, `count`, `size`) called
// at once: a slip in such a helper makes the module throw on import, and every form that uses it breaks. A test file
// that imports the module statically then fails to load, which Vitest records on the file, not on a test, and which
// StrykerJS's Vitest runner (9.6) does not count as a failure: the mutant showed as surviving. Imported here inside a
// test, such a throw fails this test.
import { describe, expect, it } from 'vitest';

describe('the form schema modules', () => {
  it('load, with the schemas the forms import', async () => {
    await expect(import('./task')).resolves.toHaveProperty('runTaskSchema');
    await expect(import('./cluster')).resolves.toHaveProperty('createClusterSchema');
    await expect(import('./capacity-provider')).resolves.toHaveProperty('createCapacityProviderSchema');
  });
});
