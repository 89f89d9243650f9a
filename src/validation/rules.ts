// The rule catalogue, as the authoring guide's "Check errors" page and the tests read it.
import { ruleById, ruleIds, type RuleId } from '../check/catalogue.ts';
import type { Rule } from '../check/rule.ts';

export { ruleIds, type RuleId };
export type { Problem } from '../check/engine.ts';

/** Each rule's documentation by id: summary, example and fix. */
export const rules = Object.fromEntries(ruleIds.map((id) => [id, ruleById.get(id)!])) as Record<RuleId, Rule>;
