import * as axe from 'axe-core';

/** axe-core violations of an element, as readable strings (empty when accessible). */
export async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element as HTMLElement, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
