import { z } from 'zod';
import { customerAccountId } from '../accounts';
import type { JiraUser } from '../model';
import { requireAdmin } from '../permissions';
import { badRequest } from '../rest-error';
import { servicedeskUserShape } from '../shapes/user';
import { created, readBody, type RouteContext } from './route-context';
import { route, type Route } from './router';

const customerBody = z.object({
  email: z.email('Enter a valid email address.'),
  displayName: z.string().trim().min(1, 'Enter a display name.'),
});

function createCustomer(ctx: RouteContext) {
  requireAdmin(ctx.actor);
  const body = readBody(ctx, customerBody);
  if (ctx.store.userByEmail(body.email)) throw badRequest(`An account already exists for this email: ${body.email}.`);
  const user: JiraUser = {
    accountId: customerAccountId(body.email),
    displayName: body.displayName,
    emailAddress: body.email,
    accountType: 'customer',
    kind: 'customer',
    active: true,
    timeZone: 'UTC',
    locale: 'en_US',
  };
  ctx.store.docs.users.put(user);
  return created(servicedeskUserShape(ctx.baseUrl, user));
}

export const customerRoutes: Route[] = [route('POST', '/rest/servicedeskapi/customer', createCustomer)];
