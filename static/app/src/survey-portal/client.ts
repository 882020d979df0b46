import { surveyPortalContract } from '#surveys/portal-contract';
import { createClient } from '../shared/bridge-client';

/** The portal survey's resolver calls (`survey-portal-resolver`). */
export const portalClient = createClient(surveyPortalContract);
