// A plan as the text `privacyscope plan` and `apply` (before asking) print: every step with
// its exact commands, expected effect and undo, then what is skipped and why.
import type { Plan, StepTarget } from '../actions/action-types';

const subject = (target: StepTarget): string =>
  [
    target.packageName,
    target.permission ?? target.op ?? target.component,
    target.mode === undefined ? undefined : `→ ${target.mode}`,
  ]
    .filter((part) => part !== undefined)
    .join(' ');

export const formatPlan = (plan: Plan): string[] => {
  const lines = [
    `Plan ${plan.id} for ${plan.device.serial} (Android SDK ${plan.device.sdk}${plan.device.fingerprint === undefined ? '' : `, ${plan.device.fingerprint}`})`,
    `${plan.steps.length} step(s), ${plan.skipped.length} skipped`,
    '',
  ];
  for (const step of plan.steps) {
    lines.push(`${step.id}. ${step.kind}: ${subject(step.target)}`);
    if (step.reason !== undefined) lines.push(`   why:      ${step.reason.en}`);
    for (const command of step.commands) lines.push(`   $ ${command}`);
    lines.push(`   expected: ${step.expected.en}`, `   undo:     ${step.undo.en}`);
  }
  if (plan.skipped.length > 0) lines.push('', 'Skipped:');
  for (const skip of plan.skipped)
    lines.push(`  - ${skip.kind}: ${subject(skip.target)} — ${skip.explanation.en}`);
  return lines;
};
