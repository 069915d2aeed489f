import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Kelurahan', { description: 'A village-level area of Kota Serang.' })
export class KelurahanModel {
  @Field({ description: 'Kemendagri code, e.g. 36.73.01.1001.' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  kecamatanName!: string;
}

@ObjectType('Kecamatan', { description: 'A district of Kota Serang with its kelurahan.' })
export class KecamatanModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => [KelurahanModel])
  kelurahan!: KelurahanModel[];
}
