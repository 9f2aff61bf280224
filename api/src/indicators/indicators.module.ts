import { Module } from '@nestjs/common';
import { AnswerCountReader } from './answer-counts';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

@Module({
  controllers: [IndicatorsController],
  providers: [IndicatorsService, AnswerCountReader],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
