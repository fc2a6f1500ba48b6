import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@techmarket/shared';

/** The API's clock, so a browser can measure its offset and tick countdowns on server time. */
@Resolver()
export class ServerTimeResolver {
  @Public()
  @Query(() => Date, {
    description: "The server's current time (clients measure their clock offset with it).",
  })
  serverTime(): Date {
    return new Date();
  }
}
