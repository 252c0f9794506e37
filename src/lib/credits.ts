/** Credit lines as printed under a headline. */

/** Credits sharing one role, in first-appearance order. */
export interface CreditGroup {
  role: string;
  names: string[];
}

/** Groups `credits` by role, keeping the order in which roles and names first appear. */
export function groupCredits(credits: readonly { name: string; role: string }[]): CreditGroup[] {
  const groups = new Map<string, string[]>();
  for (const { name, role } of credits) {
    const names = groups.get(role) ?? [];
    if (!groups.has(role)) groups.set(role, names);
    names.push(name);
  }
  return [...groups].map(([role, names]) => ({ role, names }));
}

const listFormatter = new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' });

/** "Martin Vachiery et Steve Damman (Reportage RTLINFO 19H)"; groups joined by "\u202F; " (narrow no-break space, French spacing). */
export function formatCredits(credits: readonly { name: string; role: string }[]): string {
  return groupCredits(credits)
    .map((g) => `${listFormatter.format(g.names)} (${g.role})`)
    .join('\u202F; ');
}
