import { Body, Controller, HttpStatus, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { CreateResponseDto, ResponseReceiptDto } from './dto/create-response.dto';
import { ResponsesService } from './responses.service';

@ApiTags('responses')
@Controller('responses')
export class ResponsesController {
  constructor(private readonly responses: ResponsesService) {}

  @Post()
  @Public()
  @ApiCreatedResponse({ type: ResponseReceiptDto, description: 'Stored durably' })
  @ApiOkResponse({ type: ResponseReceiptDto, description: 'A replay of a stored response: nothing stored twice' })
  @ApiBadRequestResponse({ description: 'Invalid answers, with field-level errors (problem+json)' })
  @ApiNotFoundResponse({ description: 'Unknown survey, version or meeting place' })
  @ApiConflictResponse({ description: 'The clientResponseId was used for a different response' })
  @ApiPayloadTooLargeResponse({ description: 'Body over 64 KiB' })
  async submit(
    @Body() body: CreateResponseDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ResponseReceiptDto> {
    const result = await this.responses.submit(body);
    res.status(result.created ? HttpStatus.CREATED : HttpStatus.OK);
    return result.receipt;
  }
}
