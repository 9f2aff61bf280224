/**
 * Municipalities (Statistics Finland codes, 2025) of the regions the demo data uses:
 * Vantaa and Kerava (04), Pirkanmaa (08) and Helsinki (90). More are added by the
 * registry import or POST-ed by admins as regions join.
 */
export interface MunicipalitySeed {
  code: string;
  regionCode: string;
  fi: string;
  sv: string;
  en: string;
}

const same = (code: string, regionCode: string, fi: string, sv = fi): MunicipalitySeed => ({
  code,
  regionCode,
  fi,
  sv,
  en: fi,
});

export const MUNICIPALITIES: MunicipalitySeed[] = [
  same('092', '04', 'Vantaa', 'Vanda'),
  same('245', '04', 'Kerava', 'Kervo'),
  same('091', '90', 'Helsinki', 'Helsingfors'),
  same('020', '08', 'Akaa'),
  same('108', '08', 'Hämeenkyrö', 'Tavastkyro'),
  same('143', '08', 'Ikaalinen', 'Ikalis'),
  same('177', '08', 'Juupajoki'),
  same('211', '08', 'Kangasala'),
  same('250', '08', 'Kihniö'),
  same('291', '08', 'Kuhmoinen'),
  same('418', '08', 'Lempäälä'),
  same('508', '08', 'Mänttä-Vilppula'),
  same('536', '08', 'Nokia'),
  same('562', '08', 'Orivesi'),
  same('581', '08', 'Parkano'),
  same('604', '08', 'Pirkkala', 'Birkala'),
  same('619', '08', 'Punkalaidun'),
  same('635', '08', 'Pälkäne'),
  same('702', '08', 'Ruovesi'),
  same('790', '08', 'Sastamala'),
  same('837', '08', 'Tampere', 'Tammerfors'),
  same('887', '08', 'Urjala'),
  same('908', '08', 'Valkeakoski'),
  same('922', '08', 'Vesilahti'),
  same('936', '08', 'Virrat', 'Virdois'),
  same('980', '08', 'Ylöjärvi'),
];
