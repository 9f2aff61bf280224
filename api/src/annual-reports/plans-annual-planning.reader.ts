import { Injectable } from '@nestjs/common';
import type { PlanActivityStatus, ReportPlanning } from '../../../reports/annual-report';
import type { AreaIndicatorsDto } from '../indicators/dto/indicator-result.dto';
import type { MeetingPlaceDto } from '../organisations/dto/organisation.dto';
import { CoDevelopmentDaysService } from '../plans/co-development-days.service';
import { PlansService } from '../plans/plans.service';
import type { AnnualPlanningReader, AssessedTarget } from './annual-report-data.service';

/**
 * The annual report's evaluation plan, targets and co-development days, read from the plans
 * (api/src/plans). Access is checked by the report before it asks (planOf and daysOf check none).
 */
@Injectable()
export class PlansAnnualPlanningReader implements AnnualPlanningReader {
  constructor(
    private readonly plans: PlansService,
    private readonly days: CoDevelopmentDaysService,
  ) {}

  async placeYear(place: MeetingPlaceDto, year: number, figures: AreaIndicatorsDto): Promise<{ planning: ReportPlanning; targets: Map<string, AssessedTarget> }> {
    const plan = await this.plans.planOf(place, year, figures);
    // Oldest first on paper: the year as it went (daysOf lists the latest first).
    const days = [...(await this.days.daysOf(place, year))].reverse();
    return {
      planning: {
        plan: plan.exists ? { activities: plan.activities.map((a) => ({ kind: a.kind, due: a.due, status: a.status })) } : null,
        coDevelopmentDays: days.map((d) => ({ date: d.date, participants: { ...d.participants }, themes: [...d.themes], outcomes: d.outcomes })),
      },
      targets: new Map(plan.targets.map((t) => [t.indicator, { target: t.target, assessment: t.assessment }])),
    };
  }

  async regionYear(places: MeetingPlaceDto[], year: number): Promise<Map<string, { plan: Record<PlanActivityStatus, number> | null; coDevelopmentDays: number }>> {
    const out = new Map<string, { plan: Record<PlanActivityStatus, number> | null; coDevelopmentDays: number }>();
    // One place after another: each plan's statuses read its place's rounds and evaluations
    // (its targets are not in the region version, so no place's figures are read for them).
    for (const place of places) {
      const plan = await this.plans.statusCountsOf(place, year);
      const days = await this.days.daysOf(place, year);
      out.set(place.id, { plan, coDevelopmentDays: days.length });
    }
    return out;
  }
}
