import { Module } from '@nestjs/common';
import { ReleasesModule } from '../releases/releases.module';
import { AnswerCountReader } from './answer-counts';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

@Module({
  imports: [ReleasesModule],
  controllers: [IndicatorsController],
  providers: [IndicatorsService, AnswerCountReader],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
