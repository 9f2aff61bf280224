import { ApiProperty } from '@nestjs/swagger';
import type { Capabilities, PlaceCapabilities, RegionCapabilities } from '../../access/capabilities';
import { ROLES, Role } from '../../access/roles';

export class RegionCapabilitiesDto implements RegionCapabilities {
  @ApiProperty({ example: '04', description: 'Region code' })
  code: string;

  @ApiProperty({ description: 'Create meeting places and service areas in the region, change their structure, make export tokens for it' })
  manage: boolean;

  @ApiProperty({ description: 'Row-level response exports (responses.csv, responses.xlsx) of the region' })
  exportResponses: boolean;

  @ApiProperty({ description: 'The regional view of self- and peer evaluations (GET /api/regions/{code}/evaluations) and assigning peer evaluations' })
  readEvaluations: boolean;

  @ApiProperty({ description: 'Copy last year’s evaluation plans to the places of a service area in the region (POST /api/service-areas/{id}/plans/{year}/copy-from/{previousYear})' })
  copyPlans: boolean;
}

export class PlaceCapabilitiesDto implements PlaceCapabilities {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'koivukyla' })
  slug: string;

  @ApiProperty({ example: '04', description: 'The region the place lies in' })
  regionCode: string;

  @ApiProperty({ description: "Read the place's written answers (GET /api/meeting-places/{slugOrId}/free-text)" })
  readFreeText: boolean;

  @ApiProperty({ description: "Read the place's participation: its rounds and answers per language" })
  readParticipation: boolean;

  @ApiProperty({ description: 'Edit the place (name, address), plan and close its rounds, import its paper answers' })
  managePlace: boolean;

  @ApiProperty({ description: 'Row-level response exports narrowed to the place' })
  exportResponses: boolean;

  @ApiProperty({ description: "Start the place's self-evaluation and keep its development plan" })
  manageEvaluations: boolean;

  @ApiProperty({ description: "Fill in the evaluations the place's team makes: its self-evaluation and its peer assignments" })
  fillEvaluations: boolean;

  @ApiProperty({ description: "Read the place's evaluation plan with its statuses and targets, and its co-development days" })
  readPlan: boolean;

  @ApiProperty({ description: "Edit the place's evaluation plan (PUT /api/meeting-places/{slugOrId}/plans/{year}) and record its co-development days" })
  managePlan: boolean;
}

export class CapabilitiesDto implements Capabilities {
  @ApiProperty({ description: 'The account covers every region (its scope narrows nothing)' })
  wholeCountry: boolean;

  @ApiProperty({ description: 'Manage accounts (/api/users), those within its scope' })
  manageUsers: boolean;

  @ApiProperty({ enum: ROLES, isArray: true, description: 'Roles it may give an account; empty without manageUsers' })
  assignableRoles: Role[];

  @ApiProperty({ description: 'Create meeting places and service areas (in the regions where regions[].manage)' })
  manageMeetingPlaces: boolean;

  @ApiProperty({ description: 'Edit some meeting place and plan its rounds (where meetingPlaces[].managePlace)' })
  managePlaces: boolean;

  @ApiProperty({ description: 'POST /api/imports/registry' })
  importRegistry: boolean;

  @ApiProperty({ description: 'POST /api/imports/responses (rows for places where meetingPlaces[].managePlace)' })
  importResponses: boolean;

  @ApiProperty({ description: 'GET /api/audit-log' })
  readAuditLog: boolean;

  @ApiProperty({ description: 'Row-level response exports (in the regions where regions[].exportResponses)' })
  exportResponses: boolean;

  @ApiProperty({ description: 'Make, list and revoke export tokens' })
  manageExportTokens: boolean;

  @ApiProperty({ description: 'Reopen a closed collection round' })
  reopenRounds: boolean;

  @ApiProperty({ description: 'The regional view of evaluations (in the regions where regions[].readEvaluations)' })
  readRegionEvaluations: boolean;

  @ApiProperty({ description: 'Keep the evaluation plan of some place (where meetingPlaces[].managePlan)' })
  managePlans: boolean;

  @ApiProperty({ type: [RegionCapabilitiesDto], description: 'Regions where the account has a regional right; others are not listed' })
  regions: RegionCapabilitiesDto[];

  @ApiProperty({
    type: [PlaceCapabilitiesDto],
    description: 'Meeting places where the account may do more than read the aggregated figures every account reads; others are not listed',
  })
  meetingPlaces: PlaceCapabilitiesDto[];
}
