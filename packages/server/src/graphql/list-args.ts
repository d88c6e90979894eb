import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 25;

/** The paging and sorting arguments react-admin's ra-data-graphql-simple sends; `page` is 0-based. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: '0-based page number.' })
  @Min(0, { message: 'must be 0 or more (pages count from 0)' })
  page?: number;

  @Field(() => Int, { nullable: true, description: `Rows per page, at most ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}` })
  perPage?: number;

  @Field(() => String, { nullable: true })
  sortField?: string;

  @Field(() => String, { nullable: true, description: 'ASC or DESC.' })
  sortOrder?: string;
}

@ObjectType()
export class ListMetadata {
  @Field(() => Int)
  count!: number;
}
