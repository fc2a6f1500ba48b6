import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  ENTERPRISE = 'ENTERPRISE',
  UNIVERSITY = 'UNIVERSITY',
  RESEARCH_INSTITUTE = 'RESEARCH_INSTITUTE',
  TRANSFER_INSTITUTION = 'TRANSFER_INSTITUTION',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
}

export enum ServiceCategory {
  TECH_TRANSFER = 'TECH_TRANSFER',
  FINANCE = 'FINANCE',
  INTELLECTUAL_PROPERTY = 'INTELLECTUAL_PROPERTY',
  TESTING = 'TESTING',
  LEGAL_TAX = 'LEGAL_TAX',
  CONSULTING = 'CONSULTING',
  INCUBATION = 'INCUBATION',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(ServiceCategory, { name: 'ServiceCategory' });

/** Universities and institutes are the supply side whose sales earn enterprises a subsidy. */
export const isResearchSide = (kind: OrganizationKind): boolean =>
  kind === OrganizationKind.UNIVERSITY || kind === OrganizationKind.RESEARCH_INSTITUTE;
