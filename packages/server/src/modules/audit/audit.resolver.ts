import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { Role } from '../../auth/roles.js';
import { registerScopePath } from '../../auth/scope.js';
import { createCrudResolver } from '../../graphql/crud.js';
import { AuditEvent } from './audit-event.entity.js';

// The leadership group reads the whole trail (domain.md §7); everyone else the own actions.
registerScopePath('AuditEvent', { self: 'actorId', allOf: [Role.VIEWER] });

@ArgsType()
class NoAuditArgs {}

@InputType()
export class AuditEventFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Matches the actor’s username, the action or the entity type.',
  })
  @MaxLength(100)
  q?: string;

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field(() => String, { nullable: true })
  entityType?: string;

  @Field(() => ID, { nullable: true })
  entityId?: string;

  @Field(() => String, { nullable: true })
  action?: string;

  @Field(() => Date, { nullable: true, description: 'Events at or after this instant.' })
  createdFrom?: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'Events at or before this instant (for a whole day, send its last moment).',
  })
  createdTo?: Date;
}

/** The audit trail is append-only: the API reads it and offers no change at all. */
export const AuditEventCrudResolver = createCrudResolver({
  entity: AuditEvent,
  name: 'AuditEvent',
  label: 'Audit event',
  filter: AuditEventFilter,
  createArgs: NoAuditArgs,
  updateArgs: NoAuditArgs,
  searchFields: ['actorUsername', 'action', 'entityType'],
  sortFields: ['createdAt', 'action', 'entityType', 'actorUsername'],
  defaultSort: 'createdAt',
  filterRanges: {
    createdFrom: { property: 'createdAt', bound: 'from' },
    createdTo: { property: 'createdAt', bound: 'to' },
  },
  writeRoles: [],
  mutations: [],
});
