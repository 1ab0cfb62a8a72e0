import { z } from 'zod';
import { FILING_KINDS, WORKBENCH_TASKS, WORKSPACES } from '@jiping/domain';

export const WorkbenchQuery = z.strictObject({
  workspace: z.enum(WORKSPACES),
});

/** One thing waiting: what it is about, when it is due, and the page where it is done. */
export const WorkbenchItem = z.object({
  id: z.string(),
  /** The institution, person or file the item is about. */
  subject: z.string(),
  /** The institution concerned, when the subject is a person or a file. */
  institutionName: z.string().nullable(),
  occupationCode: z.string().nullable(),
  occupationName: z.string().nullable(),
  workType: z.string().nullable(),
  level: z.number().int().nullable(),
  filingKind: z.enum(FILING_KINDS).nullable(),
  /** The state the item is in (a registration's or identity claim's), when the page shows it. */
  status: z.string().nullable(),
  examStart: z.string().nullable(),
  /** The last day it can be done, where a rule sets one; counted in working days from today. */
  dueDate: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable(),
  /** The due date has passed: what is left is to cancel or explain, not to do it in time. */
  overdue: z.boolean(),
  /** When it started waiting. */
  since: z.string(),
  path: z.string(),
});
export type WorkbenchItem = z.infer<typeof WorkbenchItem>;

/** One kind of task: how many wait in the actor's scope, the most urgent of them, and the list page. */
export const WorkbenchTaskGroup = z.object({
  task: z.enum(WORKBENCH_TASKS),
  count: z.number().int(),
  path: z.string(),
  items: z.array(WorkbenchItem),
});
export type WorkbenchTaskGroup = z.infer<typeof WorkbenchTaskGroup>;

export const WorkbenchView = z.object({
  workspace: z.enum(WORKSPACES),
  today: z.string(),
  tasks: z.array(WorkbenchTaskGroup),
});
export type WorkbenchView = z.infer<typeof WorkbenchView>;
