<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Main</name>
    <message>
        <source>Precis Cannot Start</source>
        <translation>Precis kann nicht starten</translation>
    </message>
    <message>
        <source>A start-up self-test of the cryptography or the database library failed, so Precis will not open any vault on this computer.

%1

Reinstall Precis or ask your administrator.</source>
        <translation>Ein Selbsttest der Kryptografie oder der Datenbankbibliothek ist beim Start fehlgeschlagen. Precis öffnet deshalb auf diesem Computer keinen Tresor.

%1

Installieren Sie Precis neu oder wenden Sie sich an Ihre Administration.</translation>
    </message>
</context>
<context>
    <name>precis::genomics::CallNote</name>
    <message>
        <source>no defined allele explains the genotype at %1 (novel variant?)</source>
        <translation>kein definiertes Allel erklärt den Genotyp an %1 (neue Variante?)</translation>
    </message>
    <message>
        <source>phase between the phase sets is unknown: the lowest score of their orientations is used</source>
        <translation>Phase zwischen den Phasen-Sets unbekannt: der niedrigste Score ihrer Anordnungen wird verwendet</translation>
    </message>
    <message>
        <source>%1 variant alleles found (%2), phased: CPIC&apos;s rule counts the allele of lowest activity on each haplotype</source>
        <translation>%1 Variantenallele gefunden (%2), phasiert: nach der CPIC-Regel zählt auf jedem Haplotyp das Allel mit der niedrigsten Aktivität</translation>
    </message>
    <message>
        <source>%1 variant alleles found (%2), more than a pair explains unphased: CPIC&apos;s rule counts the two of lowest activity</source>
        <translation>%1 Variantenallele gefunden (%2), mehr als ein Paar erklärt den unphasierten Genotyp: nach der CPIC-Regel zählen die zwei mit der niedrigsten Aktivität</translation>
    </message>
    <message>
        <source>%1 of %2 definition positions untested</source>
        <translation>%1 von %2 Definitionspositionen nicht getestet</translation>
    </message>
    <message>
        <source>%1 failed the file&apos;s filters and count as untested (FILTER not PASS): %2</source>
        <translation>%1 haben die Filter der Datei nicht bestanden und gelten als nicht getestet (FILTER nicht PASS): %2</translation>
    </message>
    <message>
        <source>%1 positions not in the file taken as reference (--assume-ref): %2</source>
        <translation>%1 Positionen fehlen in der Datei und wurden als Referenz angenommen (--assume-ref): %2</translation>
    </message>
    <message>
        <source>%1 undetectable: testing one of %2 would settle it</source>
        <translation>%1 nicht erkennbar: ein Test von einer der Positionen %2 würde es klären</translation>
    </message>
    <message>
        <source>%1 diplotypes fit the tested positions</source>
        <translation>%1 Diplotypen passen zu den getesteten Positionen</translation>
    </message>
    <message>
        <source>%1 undetectable: testing %2 would settle it</source>
        <translation>%1 nicht erkennbar: ein Test von %2 würde es klären</translation>
    </message>
    <message>
        <source>no pair of defined alleles explains the genotype (novel or combined allele?)</source>
        <translation>kein Paar definierter Allele erklärt den Genotyp (neues oder kombiniertes Allel?)</translation>
    </message>
    <message>
        <source>untested positions taken as reference; also consistent with %1</source>
        <translation>nicht getestete Positionen als Referenz angenommen; ebenfalls vereinbar mit %1</translation>
    </message>
    <message>
        <source>inferred: %1 rests on tag positions; %2 not tested</source>
        <translation>abgeleitet: %1 beruht auf Tag-Positionen; %2 nicht getestet</translation>
    </message>
    <message>
        <source>ambiguous unphased genotype: candidate diplotypes %1</source>
        <translation>mehrdeutiger unphasierter Genotyp: mögliche Diplotypen %1</translation>
    </message>
    <message>
        <source>an allele of uncertain or unknown function has no CPIC activity value</source>
        <translation>ein Allel mit unsicherer oder unbekannter Funktion hat keinen CPIC-Aktivitätswert</translation>
    </message>
    <message>
        <source>no CPIC phenotype for %1 (allele of unknown or uncertain function)</source>
        <translation>kein CPIC-Phänotyp für %1 (Allel mit unbekannter oder unsicherer Funktion)</translation>
    </message>
    <message>
        <source>CPIC defines no phenotype for %1</source>
        <translation>CPIC definiert keinen Phänotyp für %1</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>typed in, stored as reported</source>
        <translation>eingegeben, wie berichtet gespeichert</translation>
    </message>
    <message>
        <source>phenotype as reported; Precis&apos;s definitions give %1 for %2</source>
        <translation>Phänotyp wie berichtet; nach den Definitionen von Precis ergibt %2 %1</translation>
    </message>
    <message>
        <source>synthetic demo result</source>
        <translation>synthetisches Demo-Ergebnis</translation>
    </message>
</context>
<context>
    <name>precis::genomics::RecommendationText</name>
    <message>
        <source>no genotype-based change: usual label dose</source>
        <translation>keine genotypbasierte Änderung: übliche Dosis laut Fachinformation</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>start at half the usual dose (50 % reduction), then raise or lower by toxicity or drug-level monitoring</source>
        <translation>mit der halben üblichen Dosis beginnen (50 % Reduktion), dann nach Toxizität oder Spiegelmessung steigern oder senken</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>start at half the usual dose (50 % reduction, activity score 1 or 1.5), then titrate by toxicity or drug-level monitoring</source>
        <translation>mit der halben üblichen Dosis beginnen (50 % Reduktion, Aktivitätsscore 1 oder 1,5), dann nach Toxizität oder Spiegelmessung titrieren</translation>
    </message>
    <message>
        <source>strong (activity score 1), moderate (activity score 1.5)</source>
        <translation>stark (Aktivitätsscore 1), mittel (Aktivitätsscore 1,5)</translation>
    </message>
    <message>
        <source>avoid fluorouracil and its prodrugs; only if no alternative is suitable, a strongly reduced dose with early drug-level monitoring</source>
        <translation>Fluorouracil und seine Prodrugs meiden; nur wenn keine Alternative geeignet ist, eine stark reduzierte Dosis mit früher Spiegelmessung</translation>
    </message>
    <message>
        <source>avoid fluorouracil and its prodrugs</source>
        <translation>Fluorouracil und seine Prodrugs meiden</translation>
    </message>
    <message>
        <source>avoid fluorouracil and its prodrugs (activity score 0 or 0.5; at 0.5, only if no alternative, a strongly reduced dose with early drug-level monitoring)</source>
        <translation>Fluorouracil und seine Prodrugs meiden (Aktivitätsscore 0 oder 0,5; bei 0,5 nur ohne Alternative eine stark reduzierte Dosis mit früher Spiegelmessung)</translation>
    </message>
    <message>
        <source>usual starting dose (e.g. 75 mg/m2/day or 1.5 mg/kg/day); no special emphasis on mercaptopurine when adjusting</source>
        <translation>übliche Anfangsdosis (z. B. 75 mg/m2/Tag oder 1,5 mg/kg/Tag); bei Anpassungen Mercaptopurin nicht bevorzugt reduzieren</translation>
    </message>
    <message>
        <source>usual starting dose (e.g. 2-3 mg/kg/day), adjusted by disease-specific guidelines</source>
        <translation>übliche Anfangsdosis (z. B. 2-3 mg/kg/Tag), angepasst nach krankheitsspezifischen Leitlinien</translation>
    </message>
    <message>
        <source>usual starting dose; no special emphasis on thioguanine when adjusting</source>
        <translation>übliche Anfangsdosis; bei Anpassungen Tioguanin nicht bevorzugt reduzieren</translation>
    </message>
    <message>
        <source>if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>beträgt die übliche Anfangsdosis mindestens 75 mg/m2/Tag oder 1,5 mg/kg/Tag, mit 30-80 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>malignancy: cut the daily dose tenfold and give it three times a week instead of daily, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>Malignom: Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben, 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>if a thiopurine is needed while NUDT15 status is unknown, monitor closely for toxicity</source>
        <translation>ist ein Thiopurin bei unbekanntem NUDT15-Status nötig, engmaschig auf Toxizität überwachen</translation>
    </message>
    <message>
        <source>poor metaboliser (e.g. *28/*28, *6/*6, *6/*28): start at 70 % of the usual dose, raise it by the neutrophil count if tolerated</source>
        <translation>langsamer Metabolisierer (z. B. *28/*28, *6/*6, *6/*28): mit 70 % der üblichen Dosis beginnen, bei Verträglichkeit nach Neutrophilenzahl steigern</translation>
    </message>
    <message>
        <source>DPWG: genotyping essential</source>
        <translation>DPWG: Genotypisierung unerlässlich</translation>
    </message>
    <message>
        <source>*28 homozygotes: consider starting at least one dose level lower (label)</source>
        <translation>*28-Homozygote: Beginn mindestens eine Dosisstufe niedriger erwägen (Fachinformation)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Fachinformation</translation>
    </message>
    <message>
        <source>intermediate metaboliser: no dose change</source>
        <translation>intermediärer Metabolisierer: keine Dosisänderung</translation>
    </message>
    <message>
        <source>DPWG: no action</source>
        <translation>DPWG: keine Maßnahme</translation>
    </message>
    <message>
        <source>no genotype-based change: usual dose</source>
        <translation>keine genotypbasierte Änderung: übliche Dosis</translation>
    </message>
    <message>
        <source>avoid clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated (after stroke or TIA: ticagrelor; prasugrel is contraindicated)</source>
        <translation>Clopidogrel meiden; Prasugrel oder Ticagrelor in Standarddosis, falls nicht kontraindiziert (nach Schlaganfall oder TIA: Ticagrelor; Prasugrel ist kontraindiziert)</translation>
    </message>
    <message>
        <source>strong after ACS/PCI, moderate in neurovascular disease</source>
        <translation>stark nach ACS/PCI, mittel bei neurovaskulärer Erkrankung</translation>
    </message>
    <message>
        <source>avoid standard-dose (75 mg) clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated (after stroke or TIA: ticagrelor)</source>
        <translation>Clopidogrel in Standarddosis (75 mg) meiden; Prasugrel oder Ticagrelor in Standarddosis, falls nicht kontraindiziert (nach Schlaganfall oder TIA: Ticagrelor)</translation>
    </message>
    <message>
        <source>no genotype-based change: standard dose (75 mg/day)</source>
        <translation>keine genotypbasierte Änderung: Standarddosis (75 mg/Tag)</translation>
    </message>
    <message>
        <source>avoid simvastatin; choose another statin</source>
        <translation>Simvastatin meiden; ein anderes Statin wählen</translation>
    </message>
    <message>
        <source>start at 20 mg or less; above 20 mg consider rosuvastatin or a combination</source>
        <translation>mit höchstens 20 mg beginnen; über 20 mg Rosuvastatin oder eine Kombination erwägen</translation>
    </message>
    <message>
        <source>start at 20 mg or less</source>
        <translation>mit höchstens 20 mg beginnen</translation>
    </message>
    <message>
        <source>start at 40 mg or less</source>
        <translation>mit höchstens 40 mg beginnen</translation>
    </message>
    <message>
        <source>start at 1 mg or less</source>
        <translation>mit höchstens 1 mg beginnen</translation>
    </message>
    <message>
        <source>start at 40 mg/day or less</source>
        <translation>mit höchstens 40 mg/Tag beginnen</translation>
    </message>
    <message>
        <source>choose another statin</source>
        <translation>ein anderes Statin wählen</translation>
    </message>
    <message>
        <source>choose another statin, or below 20 mg/day if simvastatin is warranted</source>
        <translation>ein anderes Statin wählen, oder unter 20 mg/Tag, wenn Simvastatin nötig ist</translation>
    </message>
    <message>
        <source>start at 40 mg or less; above 40 mg consider a combination</source>
        <translation>mit höchstens 40 mg beginnen; über 40 mg eine Kombination erwägen</translation>
    </message>
    <message>
        <source>start at 2 mg or less</source>
        <translation>mit höchstens 2 mg beginnen</translation>
    </message>
    <message>
        <source>no SLCO1B1-based limit: desired starting dose</source>
        <translation>keine Begrenzung wegen SLCO1B1: gewünschte Anfangsdosis</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>start at 20 mg/day or less</source>
        <translation>mit höchstens 20 mg/Tag beginnen</translation>
    </message>
    <message>
        <source>no ABCG2-based limit: desired starting dose</source>
        <translation>keine Begrenzung wegen ABCG2: gewünschte Anfangsdosis</translation>
    </message>
    <message>
        <source>no CYP2C9-based limit: desired starting dose</source>
        <translation>keine Begrenzung wegen CYP2C9: gewünschte Anfangsdosis</translation>
    </message>
    <message>
        <source>dose by a validated pharmacogenetic algorithm with VKORC1, or consider another anticoagulant</source>
        <translation>Dosis mit einem validierten pharmakogenetischen Algorithmus samt VKORC1, oder ein anderes Antikoagulans erwägen</translation>
    </message>
    <message>
        <source>dose by a validated pharmacogenetic algorithm with VKORC1</source>
        <translation>Dosis mit einem validierten pharmakogenetischen Algorithmus samt VKORC1</translation>
    </message>
    <message>
        <source>dose by a validated pharmacogenetic algorithm with CYP2C9 (rs9923231 genotype as input)</source>
        <translation>Dosis mit einem validierten pharmakogenetischen Algorithmus samt CYP2C9 (rs9923231-Genotyp als Eingabe)</translation>
    </message>
    <message>
        <source>dose 5-10 % above the algorithm&apos;s estimate</source>
        <translation>Dosis 5-10 % über der Schätzung des Algorithmus</translation>
    </message>
    <message>
        <source>*3 carrier (rs2108622 T, also in *4): dose 5-10 % above the algorithm&apos;s estimate</source>
        <translation>*3-Träger (rs2108622 T, auch in *4): Dosis 5-10 % über der Schätzung des Algorithmus</translation>
    </message>
    <message>
        <source>no *3 allele: no CYP4F2 adjustment to the algorithm&apos;s estimate</source>
        <translation>kein *3-Allel: keine Anpassung der Schätzung des Algorithmus wegen CYP4F2</translation>
    </message>
    <message>
        <source>no CYP4F2 adjustment to the algorithm&apos;s estimate</source>
        <translation>keine Anpassung der Schätzung des Algorithmus wegen CYP4F2</translation>
    </message>
    <message>
        <source>start at half the usual dose (50 % reduction), then raise or lower by toxicity or drug-level monitoring; c.2846A&gt;T homozygotes may need a larger reduction</source>
        <translation>mit der halben üblichen Dosis beginnen (50 % Reduktion), dann nach Toxizität oder Spiegelmessung steigern oder senken; c.2846A&gt;T-Homozygote brauchen womöglich eine stärkere Reduktion</translation>
    </message>
    <message>
        <source>consider measuring TPMT activity in red cells to settle the phenotype; if a thiopurine is needed meanwhile, monitor closely for toxicity</source>
        <translation>zur Klärung des Phänotyps die TPMT-Aktivität in Erythrozyten messen erwägen; ist bis dahin ein Thiopurin nötig, engmaschig auf Toxizität überwachen</translation>
    </message>
    <message>
        <source>DPWG: no recommendation</source>
        <translation>DPWG: keine Empfehlung</translation>
    </message>
    <message>
        <source>ABCG2 poor function with SLCO1B1 poor or decreased function: start at 10 mg or less</source>
        <translation>ABCG2 mit fehlender Funktion und SLCO1B1 mit fehlender oder verminderter Funktion: mit höchstens 10 mg beginnen</translation>
    </message>
    <message>
        <source>choose another statin, or 20 mg/day or less if lovastatin is warranted</source>
        <translation>ein anderes Statin wählen oder, wenn Lovastatin angezeigt ist, höchstens 20 mg/Tag</translation>
    </message>
    <message>
        <source>SLCO1B1 and CYP2C9 together: choose another statin</source>
        <translation>SLCO1B1 und CYP2C9 zusammen: ein anderes Statin wählen</translation>
    </message>
    <message>
        <source>SLCO1B1 and CYP2C9 together: start at 20 mg/day or less</source>
        <translation>SLCO1B1 und CYP2C9 zusammen: mit höchstens 20 mg/Tag beginnen</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediär für TPMT und NUDT15: beträgt die übliche Anfangsdosis mindestens 75 mg/m2/Tag oder 1,5 mg/kg/Tag, mit 20-50 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 2 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediär für TPMT und NUDT15: beträgt die übliche Anfangsdosis mindestens 2 mg/kg/Tag, mit 20-50 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 40 mg/m2/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediär für TPMT und NUDT15: beträgt die übliche Anfangsdosis mindestens 40 mg/m2/Tag, mit 20-50 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>if the usual start is at least 2 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>beträgt die übliche Anfangsdosis mindestens 2 mg/kg/Tag, mit 30-80 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>if the usual start is at least 40 mg/m2/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>beträgt die übliche Anfangsdosis mindestens 40 mg/m2/Tag, mit 30-80 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: consider a non-thiopurine immunosuppressant</source>
        <translation>langsam für TPMT oder NUDT15 und das andere Gen intermediär oder langsam: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>langsam für TPMT oder NUDT15 und das andere Gen intermediär oder langsam: Malignom: Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben (z. B. 10 mg/m2/Tag an 3 Tagen pro Woche), 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</source>
        <translation>langsam für TPMT oder NUDT15 und das andere Gen intermediär oder langsam: Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben, nach Myelosuppression anpassen; 4-6 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>consider a non-thiopurine immunosuppressant</source>
        <translation>ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</source>
        <translation>Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben, nach Myelosuppression anpassen; 4-6 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>Malignom: Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben (z. B. 10 mg/m2/Tag an 3 Tagen pro Woche), 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
</context>
<context>
    <name>precis::risk::RiskText</name>
    <message>
        <source>%1 = %2 is outside the valid values %3; not used</source>
        <translation>%1 = %2 liegt außerhalb der gültigen Werte %3; nicht verwendet</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the valid values %3</source>
        <translation>%1 = %2 liegt außerhalb der gültigen Werte %3</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the valid range %3; not used</source>
        <translation>%1 = %2 liegt außerhalb des gültigen Bereichs %3; nicht verwendet</translation>
    </message>
    <message>
        <source>%1 = %2 is outside the valid range %3</source>
        <translation>%1 = %2 liegt außerhalb des gültigen Bereichs %3</translation>
    </message>
    <message>
        <source>%1 is missing; required (valid values %2)</source>
        <translation>%1 fehlt; erforderlich (gültige Werte %2)</translation>
    </message>
    <message>
        <source>%1 is missing; required (valid range %2)</source>
        <translation>%1 fehlt; erforderlich (gültiger Bereich %2)</translation>
    </message>
    <message>
        <source>%1: not an input of %2 (internal error)</source>
        <translation>%1: keine Eingabe von %2 (interner Fehler)</translation>
    </message>
    <message>
        <source>%1 = %2 is not a valid code (codes are whole numbers)</source>
        <translation>%1 = %2 ist kein gültiger Code (Codes sind ganze Zahlen)</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>must be a smoking code 0..5</source>
        <translation>muss ein Rauchercode von 0 bis 5 sein</translation>
    </message>
    <message>
        <source>BMI was derived but the height is unknown</source>
        <translation>Der BMI wurde berechnet, aber die Körpergröße ist unbekannt</translation>
    </message>
    <message>
        <source>bmi was recorded, not derived from weight: the recorded bmi is kept</source>
        <translation>Der BMI wurde erfasst, nicht aus dem Gewicht berechnet: Der erfasste BMI bleibt bestehen</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc</source>
        <translation>CHA2DS2-VASc</translation>
    </message>
    <message>
        <source>CHA2DS2-VA (ESC 2024)</source>
        <translation>CHA2DS2-VA (ESC 2024)</translation>
    </message>
    <message>
        <source>Stroke-risk points in atrial fibrillation, and the annual ischaemic-stroke rate without anticoagulation observed at that score in the Swedish AF cohort</source>
        <translation>Schlaganfall-Risikopunkte bei Vorhofflimmern und die jährliche Rate ischämischer Schlaganfälle ohne Antikoagulation, die bei diesem Score in der schwedischen Vorhofflimmern-Kohorte beobachtet wurde</translation>
    </message>
    <message>
        <source>Stroke-risk points in atrial fibrillation, without the sex category (ESC 2024)</source>
        <translation>Schlaganfall-Risikopunkte bei Vorhofflimmern, ohne die Kategorie Geschlecht (ESC 2024)</translation>
    </message>
    <message>
        <source>1 year (rate)</source>
        <translation>1 Jahr (Rate)</translation>
    </message>
    <message>
        <source>none (points)</source>
        <translation>keiner (Punkte)</translation>
    </message>
    <message>
        <source>Euro Heart Survey on AF: 1,084 patients with non-valvular AF not on anticoagulation (Lip 2010)</source>
        <translation>Euro Heart Survey on AF: 1.084 Patientinnen und Patienten mit nicht valvulärem Vorhofflimmern ohne Antikoagulation (Lip 2010)</translation>
    </message>
    <message>
        <source>2023 ACC/AHA/ACCP/HRS Guideline for the Diagnosis and Management of Atrial Fibrillation (Joglar, Circulation 2024;149:e1): anticoagulation recommended at &gt;= 2 (men) / &gt;= 3 (women), considered at 1 (men) / 2 (women)</source>
        <translation>2023 ACC/AHA/ACCP/HRS Guideline for the Diagnosis and Management of Atrial Fibrillation (Joglar, Circulation 2024;149:e1): Antikoagulation empfohlen ab ≥ 2 (Männer) / ≥ 3 (Frauen), zu erwägen bei 1 (Männer) / 2 (Frauen)</translation>
    </message>
    <message>
        <source>2024 ESC Guidelines for the management of atrial fibrillation: anticoagulation recommended at &gt;= 2, considered at 1</source>
        <translation>2024 ESC Guidelines for the management of atrial fibrillation: Antikoagulation empfohlen ab ≥ 2, zu erwägen bei 1</translation>
    </message>
    <message>
        <source>CKD-EPI 2021 creatinine equation (race-free)</source>
        <translation>CKD-EPI-2021-Kreatiningleichung (ohne Abstammung)</translation>
    </message>
    <message>
        <source>Estimated glomerular filtration rate, indexed to 1.73 m2 body surface area, and its KDIGO GFR category</source>
        <translation>Geschätzte glomeruläre Filtrationsrate, normiert auf 1,73 m² Körperoberfläche, und ihre GFR-Kategorie nach KDIGO</translation>
    </message>
    <message>
        <source>none (current kidney function)</source>
        <translation>keiner (aktuelle Nierenfunktion)</translation>
    </message>
    <message>
        <source>8,254 participants of 10 studies with measured GFR (iothalamate and other clearance methods), without race as a predictor (Inker 2021)</source>
        <translation>8.254 Teilnehmende aus 10 Studien mit gemessener GFR (Iothalamat- und andere Clearance-Verfahren), ohne Abstammung als Prädiktor (Inker 2021)</translation>
    </message>
    <message>
        <source>KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD, GFR categories G1-G5 (retained in KDIGO 2024)</source>
        <translation>KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of CKD, GFR-Kategorien G1–G5 (in KDIGO 2024 beibehalten)</translation>
    </message>
    <message>
        <source>FINDRISC (Finnish Diabetes Risk Score)</source>
        <translation>FINDRISC (Finnish Diabetes Risk Score)</translation>
    </message>
    <message>
        <source>Points of the FINDRISC form and the published 10-year risk of type 2 diabetes of the points band (a band estimate, not an individual prediction)</source>
        <translation>Punkte des FINDRISC-Fragebogens und das veröffentlichte 10-Jahres-Risiko für Typ-2-Diabetes der Punktegruppe (ein Gruppenschätzwert, keine individuelle Vorhersage)</translation>
    </message>
    <message>
        <source>10 years</source>
        <translation>10 Jahre</translation>
    </message>
    <message>
        <source>Finnish National Population Risk Factor Survey 1987: 4,435 people aged 35-64 without drug-treated diabetes, followed 10 years for drug-treated type 2 diabetes</source>
        <translation>Finnish National Population Risk Factor Survey 1987: 4.435 Personen im Alter von 35–64 Jahren ohne medikamentös behandelten Diabetes, 10 Jahre lang auf medikamentös behandelten Typ-2-Diabetes nachbeobachtet</translation>
    </message>
    <message>
        <source>FINDRISC form risk bands (Finnish Diabetes Association): &lt; 7 low, 7-11 slightly elevated, 12-14 moderate, 15-20 high, &gt; 20 very high</source>
        <translation>Risikogruppen des FINDRISC-Fragebogens (Finnische Diabetes-Gesellschaft): &lt; 7 niedrig, 7–11 leicht erhöht, 12–14 moderat, 15–20 hoch, &gt; 20 sehr hoch</translation>
    </message>
    <message>
        <source>diabetes = %1: FINDRISC screens people without known diabetes; not applicable</source>
        <translation>Diabetes = %1: FINDRISC ist ein Screening für Menschen ohne bekannten Diabetes; nicht anwendbar</translation>
    </message>
    <message>
        <source>Framingham general CVD risk (2008), lipid model</source>
        <translation>Framingham-Risiko für kardiovaskuläre Erkrankungen (2008), Lipidmodell</translation>
    </message>
    <message>
        <source>Framingham general CVD risk (2008), office-based BMI model</source>
        <translation>Framingham-Risiko für kardiovaskuläre Erkrankungen (2008), BMI-Modell für die Praxis</translation>
    </message>
    <message>
        <source>10-year risk of a first cardiovascular event: coronary death, myocardial infarction, coronary insufficiency, angina, ischaemic or haemorrhagic stroke, TIA, peripheral arterial disease or heart failure; and heart (vascular) age</source>
        <translation>10-Jahres-Risiko eines ersten kardiovaskulären Ereignisses: koronarer Tod, Myokardinfarkt, Koronarinsuffizienz, Angina pectoris, ischämischer oder hämorrhagischer Schlaganfall, TIA, periphere arterielle Verschlusskrankheit oder Herzinsuffizienz; dazu das Herz- (Gefäß-)Alter</translation>
    </message>
    <message>
        <source>Framingham Heart Study original and offspring cohorts: 8,491 participants (4,522 women) aged 30-74 without CVD at baseline examinations 1968-1987, 12-year follow-up</source>
        <translation>Framingham Heart Study, Original- und Offspring-Kohorte: 8.491 Teilnehmende (4.522 Frauen) im Alter von 30–74 Jahren ohne kardiovaskuläre Erkrankung bei den Basisuntersuchungen 1968–1987, 12 Jahre Nachbeobachtung</translation>
    </message>
    <message>
        <source>cvd = 1: established cardiovascular disease; the Framingham 2008 general CVD model was derived for primary prevention, so this estimate is outside its derivation population and underestimates risk</source>
        <translation>Kardiovaskuläre Vorerkrankung (cvd = 1): Das allgemeine Framingham-2008-Modell wurde für die Primärprävention entwickelt; diese Schätzung liegt daher außerhalb seiner Ableitungspopulation und unterschätzt das Risiko</translation>
    </message>
    <message>
        <source>heart_age = %1 a is outside 30-80 a, the span of the paper&apos;s heart-age tables: an extrapolation</source>
        <translation>Herzalter = %1 Jahre liegt außerhalb von 30–80 Jahren, dem Bereich der Herzalter-Tabellen der Publikation: eine Extrapolation</translation>
    </message>
    <message>
        <source>cvd = 1: established cardiovascular disease; %1 was derived for primary prevention, so this estimate is outside its derivation population and underestimates risk</source>
        <translation>Kardiovaskuläre Vorerkrankung (cvd = 1): %1 wurde für die Primärprävention entwickelt; diese Schätzung liegt daher außerhalb seiner Ableitungspopulation und unterschätzt das Risiko</translation>
    </message>
    <message>
        <source>HAS-BLED</source>
        <translation>HAS-BLED</translation>
    </message>
    <message>
        <source>Major-bleeding risk points in atrial fibrillation, and the observed annual major-bleeding rate at that score (0-5)</source>
        <translation>Blutungs-Risikopunkte bei Vorhofflimmern und die bei diesem Score beobachtete jährliche Rate schwerer Blutungen (0–5)</translation>
    </message>
    <message>
        <source>Euro Heart Survey on AF: 3,978 patients with 1-year follow-up (Pisters 2010)</source>
        <translation>Euro Heart Survey on AF: 3.978 Patientinnen und Patienten mit 1 Jahr Nachbeobachtung (Pisters 2010)</translation>
    </message>
    <message>
        <source>Pisters 2010 / 2020 ESC AF guideline (Hindricks, Eur Heart J 2021;42:373): HAS-BLED &gt;= 3 = high bleeding risk (address modifiable factors, review more often; not a reason to withhold anticoagulation)</source>
        <translation>Pisters 2010 / 2020 ESC AF guideline (Hindricks, Eur Heart J 2021;42:373): HAS-BLED ≥ 3 = hohes Blutungsrisiko (beeinflussbare Faktoren angehen, häufiger kontrollieren; kein Grund, auf die Antikoagulation zu verzichten)</translation>
    </message>
    <message>
        <source>score = %1: Pisters 2010 published major-bleeding rates only for scores 0-5 (too few patients above 5); no rate</source>
        <translation>Score = %1: Pisters 2010 veröffentlichte Raten schwerer Blutungen nur für Scores von 0–5 (zu wenige Patienten über 5); keine Rate</translation>
    </message>
    <message>
        <source>Kidney Failure Risk Equation, 8-variable</source>
        <translation>Kidney Failure Risk Equation, 8 Variablen</translation>
    </message>
    <message>
        <source>Kidney Failure Risk Equation, 4-variable</source>
        <translation>Kidney Failure Risk Equation, 4 Variablen</translation>
    </message>
    <message>
        <source>Risk of treated kidney failure (dialysis or pre-emptive transplantation) at 2 and 5 years in adults with CKD G3a-G5</source>
        <translation>Risiko eines behandlungsbedürftigen Nierenversagens (Dialyse oder präemptive Transplantation) nach 2 und 5 Jahren bei Erwachsenen mit CKD G3a–G5</translation>
    </message>
    <message>
        <source>2 and 5 years</source>
        <translation>2 und 5 Jahre</translation>
    </message>
    <message>
        <source>3,449 adults with CKD stages 3-5 referred to nephrologists in British Columbia, Canada (Tangri 2011); external validation in 4,942 Ontario patients</source>
        <translation>3.449 Erwachsene mit CKD Stadium 3–5, an Nephrologen überwiesen, in British Columbia, Kanada (Tangri 2011); externe Validierung an 4.942 Patienten in Ontario</translation>
    </message>
    <message>
        <source>KDIGO 2024 Clinical Practice Guideline for the Evaluation and Management of CKD (5-year 3-5 % referral; 2-year &gt; 10 % multidisciplinary care, &gt; 40 % KRT preparation) and NICE NG203 (refer at 5-year risk &gt; 5 %)</source>
        <translation>KDIGO 2024 Clinical Practice Guideline for the Evaluation and Management of CKD (5-Jahres-Risiko 3–5 %: Überweisung; 2-Jahres-Risiko &gt; 10 %: multidisziplinäre Betreuung, &gt; 40 %: Vorbereitung der Nierenersatztherapie) und NICE NG203 (Überweisung bei 5-Jahres-Risiko &gt; 5 %)</translation>
    </message>
    <message>
        <source>egfr = %1 mL/min/{1.73_m2} is outside the valid range: the KFRE applies only with egfr &lt; 60 mL/min/{1.73_m2} (CKD G3a-G5)</source>
        <translation>eGFR = %1 mL/min/1,73 m² liegt außerhalb des gültigen Bereichs: Die KFRE gilt nur bei eGFR &lt; 60 mL/min/1,73 m² (CKD G3a–G5)</translation>
    </message>
    <message>
        <source>dialysis = 1: the KFRE does not apply on dialysis or after a kidney transplant; it predicts the start of kidney replacement therapy in CKD G3-G5 (Tangri 2011)</source>
        <translation>Dialyse (dialysis = 1): Die KFRE gilt nicht unter Dialyse oder nach einer Nierentransplantation; sie sagt den Beginn einer Nierenersatztherapie bei CKD G3–G5 voraus (Tangri 2011)</translation>
    </message>
    <message>
        <source>egfr = %1 mL/min/{1.73_m2} is below 10 mL/min/{1.73_m2}: the value is extrapolated below the development range of the KFRE (eGFR 10-59, Tangri 2011)</source>
        <translation>eGFR = %1 mL/min/1,73 m² liegt unter 10 mL/min/1,73 m²: Der Wert ist unterhalb des Entwicklungsbereichs der KFRE extrapoliert (eGFR 10–59, Tangri 2011)</translation>
    </message>
    <message>
        <source>Lifetime CVD risk by risk-factor strata (Lloyd-Jones 2006; ACC ASCVD Risk Estimator+)</source>
        <translation>Lebenszeitrisiko für kardiovaskuläre Erkrankungen nach Risikofaktor-Schichten (Lloyd-Jones 2006; ACC ASCVD Risk Estimator+)</translation>
    </message>
    <message>
        <source>Remaining lifetime risk (to age 95, death from other causes as competing risk) of total cardiovascular disease, by risk-factor stratum; the ACC ASCVD Risk Estimator+ reports it as lifetime ASCVD risk.</source>
        <translation>Verbleibendes Lebenszeitrisiko (bis zum Alter von 95 Jahren, Tod aus anderer Ursache als konkurrierendes Risiko) für kardiovaskuläre Erkrankungen insgesamt, nach Risikofaktor-Schicht; der ACC ASCVD Risk Estimator+ gibt es als Lebenszeitrisiko für ASCVD an.</translation>
    </message>
    <message>
        <source>lifetime (to age 95)</source>
        <translation>Lebenszeit (bis zum Alter von 95 Jahren)</translation>
    </message>
    <message>
        <source>Framingham Heart Study participants free of CVD at an index age of 50 years, stratified by risk-factor burden at that age (Lloyd-Jones 2006).</source>
        <translation>Teilnehmende der Framingham Heart Study ohne kardiovaskuläre Erkrankung im Indexalter von 50 Jahren, geschichtet nach der Risikofaktorlast in diesem Alter (Lloyd-Jones 2006).</translation>
    </message>
    <message>
        <source>cvd = 1: lifetime risk strata are for people free of cardiovascular disease</source>
        <translation>Kardiovaskuläre Vorerkrankung (cvd = 1): Die Lebenszeitrisiko-Schichten gelten für Menschen ohne kardiovaskuläre Erkrankung</translation>
    </message>
    <message>
        <source>ACC/AHA Pooled Cohort Equations</source>
        <translation>ACC/AHA Pooled Cohort Equations</translation>
    </message>
    <message>
        <source>First hard ASCVD event: nonfatal myocardial infarction, CHD death, or fatal or nonfatal stroke. Also the risk of a person of the same age, sex and race with optimal risk factors.</source>
        <translation>Erstes schweres ASCVD-Ereignis: nicht tödlicher Myokardinfarkt, KHK-Tod oder tödlicher oder nicht tödlicher Schlaganfall. Dazu das Risiko einer Person gleichen Alters, Geschlechts und gleicher Abstammung mit optimalen Risikofaktoren.</translation>
    </message>
    <message>
        <source>Pooled ARIC, CHS, CARDIA and Framingham Original and Offspring cohorts: white and African-American adults aged 40-79 years free of ASCVD at baseline.</source>
        <translation>Gepoolte Kohorten ARIC, CHS, CARDIA und Framingham Original und Offspring: weiße und afroamerikanische Erwachsene im Alter von 40–79 Jahren ohne ASCVD zu Beginn.</translation>
    </message>
    <message>
        <source>2019 ACC/AHA guideline on the primary prevention of cardiovascular disease (ages 40-75): low &lt; 5 %, borderline 5 to &lt; 7.5 %, intermediate 7.5 to &lt; 20 %, high &gt;= 20 %</source>
        <translation>2019 ACC/AHA guideline on the primary prevention of cardiovascular disease (Alter 40–75): niedrig &lt; 5 %, Grenzbereich 5 bis &lt; 7,5 %, mittel 7,5 bis &lt; 20 %, hoch ≥ 20 %</translation>
    </message>
    <message>
        <source>race = other: computed with the equations for white adults; the PCE were derived in white and African-American adults only</source>
        <translation>Abstammung „andere“: berechnet mit den Gleichungen für weiße Erwachsene; die PCE wurden nur bei weißen und afroamerikanischen Erwachsenen entwickelt</translation>
    </message>
    <message>
        <source>cvd = 1: the PCE are for primary prevention and do not apply with established cardiovascular disease</source>
        <translation>Kardiovaskuläre Vorerkrankung (cvd = 1): Die PCE dienen der Primärprävention und gelten nicht bei bestehender kardiovaskulärer Erkrankung</translation>
    </message>
    <message>
        <source>age = %1 a: no category; the 2019 ACC/AHA primary-prevention bands apply to ages 40-75</source>
        <translation>Alter = %1 Jahre: keine Kategorie; die Primärpräventions-Kategorien der ACC/AHA von 2019 gelten für das Alter von 40–75 Jahren</translation>
    </message>
    <message>
        <source>AHA PREVENT (variant chosen from the add-ons available)</source>
        <translation>AHA PREVENT (Variante nach den verfügbaren Zusatzwerten gewählt)</translation>
    </message>
    <message>
        <source>AHA PREVENT, base model</source>
        <translation>AHA PREVENT, Basismodell</translation>
    </message>
    <message>
        <source>AHA PREVENT, base model + UACR</source>
        <translation>AHA PREVENT, Basismodell + UACR</translation>
    </message>
    <message>
        <source>AHA PREVENT, base model + HbA1c</source>
        <translation>AHA PREVENT, Basismodell + HbA1c</translation>
    </message>
    <message>
        <source>AHA PREVENT, base model + SDI</source>
        <translation>AHA PREVENT, Basismodell + SDI</translation>
    </message>
    <message>
        <source>AHA PREVENT, full model (UACR, HbA1c, SDI)</source>
        <translation>AHA PREVENT, Vollmodell (UACR, HbA1c, SDI)</translation>
    </message>
    <message>
        <source>sdi_decile = %1 is not a whole decile 1-10; not used</source>
        <translation>SDI-Dezil = %1 ist kein ganzes Dezil von 1–10; nicht verwendet</translation>
    </message>
    <message>
        <source>First total cardiovascular disease event (ASCVD or heart failure), and separately ASCVD (CHD or stroke), heart failure, CHD and stroke.</source>
        <translation>Erstes Ereignis einer kardiovaskulären Erkrankung insgesamt (ASCVD oder Herzinsuffizienz) und getrennt ASCVD (KHK oder Schlaganfall), Herzinsuffizienz, KHK und Schlaganfall.</translation>
    </message>
    <message>
        <source>10 years and 30 years (30 years only for ages 30-59)</source>
        <translation>10 Jahre und 30 Jahre (30 Jahre nur im Alter von 30–59 Jahren)</translation>
    </message>
    <message>
        <source>US adults aged 30-79 years without cardiovascular disease: 3,281,919 people from 25 cohort and electronic-health-record datasets of the CKD Prognosis Consortium.</source>
        <translation>US-Erwachsene im Alter von 30–79 Jahren ohne kardiovaskuläre Erkrankung: 3.281.919 Personen aus 25 Kohorten- und Patientenakten-Datensätzen des CKD Prognosis Consortium.</translation>
    </message>
    <message>
        <source>2026 ACC/AHA dyslipidemia guideline, on the 10-year ASCVD row only (ages 30-79): low &lt; 3 %, borderline 3 to &lt; 5 %, intermediate 5 to &lt; 10 %, high &gt;= 10 %</source>
        <translation>2026 ACC/AHA dyslipidemia guideline, nur für das 10-Jahres-ASCVD-Risiko (Alter 30–79): niedrig &lt; 3 %, Grenzbereich 3 bis &lt; 5 %, mittel 5 bis &lt; 10 %, hoch ≥ 10 %</translation>
    </message>
    <message>
        <source>cvd = 1: PREVENT is for primary prevention and does not apply with established cardiovascular disease</source>
        <translation>Kardiovaskuläre Vorerkrankung (cvd = 1): PREVENT dient der Primärprävention und gilt nicht bei bestehender kardiovaskulärer Erkrankung</translation>
    </message>
    <message>
        <source>age = %1 a: 30-year PREVENT risk is estimated only for ages 30-59 a</source>
        <translation>Alter = %1 Jahre: Das 30-Jahres-Risiko nach PREVENT wird nur im Alter von 30–59 Jahren geschätzt</translation>
    </message>
    <message>
        <source>QDiabetes-2018</source>
        <translation>QDiabetes-2018</translation>
    </message>
    <message>
        <source>Diagnosis of type 2 diabetes</source>
        <translation>Diagnose eines Typ-2-Diabetes</translation>
    </message>
    <message>
        <source>QResearch: 11.5 million people aged 25-84 in 1457 English general practices, 2000-2016, without diabetes at entry</source>
        <translation>QResearch: 11,5 Millionen Menschen im Alter von 25–84 Jahren in 1457 englischen Hausarztpraxen, 2000–2016, ohne Diabetes bei Aufnahme</translation>
    </message>
    <message>
        <source>ethnicity is blank: computed as QDiabetes&apos; &quot;white or not stated&quot; (code 1)</source>
        <translation>Ethnie nicht angegeben: berechnet mit der QDiabetes-Kategorie „weiß oder nicht angegeben“ (Code 1)</translation>
    </message>
    <message>
        <source>diabetes = %1: QDiabetes-2018 predicts diabetes in people who do not have it</source>
        <translation>Diabetes = %1: QDiabetes-2018 sagt Diabetes bei Menschen voraus, die keinen haben</translation>
    </message>
    <message>
        <source>fasting_glucose = %1 mmol/L is &gt;= 7.0 mmol/L, the diabetes range: QDiabetes-2018 does not apply</source>
        <translation>Nüchternglukose = %1 mmol/L ist ≥ 7,0 mmol/L, der Diabetesbereich: QDiabetes-2018 gilt nicht</translation>
    </message>
    <message>
        <source>hba1c = %1 % (%2 mmol/mol) is &gt;= 48 mmol/mol, the diabetes range: QDiabetes-2018 does not apply</source>
        <translation>HbA1c = %1 % (%2 mmol/mol) ist ≥ 48 mmol/mol, der Diabetesbereich: QDiabetes-2018 gilt nicht</translation>
    </message>
    <message>
        <source>hba1c = %1 % (%2 mmol/mol) is outside the valid range 15-48 mmol/mol</source>
        <translation>HbA1c = %1 % (%2 mmol/mol) liegt außerhalb des gültigen Bereichs 15–48 mmol/mol</translation>
    </message>
    <message>
        <source>bmi = %1 kg/m2 is outside ClinRisk&apos;s QDiabetes limits 20-40 kg/m2: computed with bmi = %2 kg/m2, as ClinRisk&apos;s calculator does</source>
        <translation>BMI = %1 kg/m² liegt außerhalb der QDiabetes-Grenzen von ClinRisk (20–40 kg/m²): berechnet mit BMI = %2 kg/m², wie der Rechner von ClinRisk</translation>
    </message>
    <message>
        <source>smoking = current: the amount is unknown; %1 needs never, former, light (&lt; 10/day), moderate (10-19) or heavy (&gt;= 20)</source>
        <translation>Rauchen = aktuell: Die Menge ist unbekannt; %1 braucht nie, ehemals, leicht (&lt; 10/Tag), mäßig (10–19) oder stark (≥ 20)</translation>
    </message>
    <message>
        <source>QRISK3 (ClinRisk Ltd.) supports, and does not replace, the judgement of the clinician, who keeps full responsibility for any treatment decision and for whether the score is safe, appropriate and effective for this patient. Precis&apos;s implementation is checked against ClinRisk&apos;s published outputs but is not ClinRisk&apos;s own software.</source>
        <translation>QRISK3 (ClinRisk Ltd.) unterstützt das Urteil der Ärztin oder des Arztes und ersetzt es nicht; sie oder er trägt die volle Verantwortung für jede Behandlungsentscheidung und dafür, ob der Score für diese Patientin oder diesen Patienten sicher, angemessen und wirksam ist. Die Umsetzung in Precis wird gegen die veröffentlichten Ergebnisse von ClinRisk geprüft, ist aber nicht die Software von ClinRisk.</translation>
    </message>
    <message>
        <source>QRISK3-2017</source>
        <translation>QRISK3-2017</translation>
    </message>
    <message>
        <source>First cardiovascular event: coronary heart disease, ischaemic stroke or transient ischaemic attack; and the QRISK3 healthy heart age</source>
        <translation>Erstes kardiovaskuläres Ereignis: koronare Herzkrankheit, ischämischer Schlaganfall oder transitorische ischämische Attacke; dazu das gesunde Herzalter nach QRISK3</translation>
    </message>
    <message>
        <source>QResearch: 7.89 million people aged 25-84 in 981 English general practices, 1998-2015, free of CVD and not on statins at entry</source>
        <translation>QResearch: 7,89 Millionen Menschen im Alter von 25–84 Jahren in 981 englischen Hausarztpraxen, 1998–2015, ohne kardiovaskuläre Erkrankung und ohne Statin bei Aufnahme</translation>
    </message>
    <message>
        <source>NICE NG238 (2023)</source>
        <translation>NICE NG238 (2023)</translation>
    </message>
    <message>
        <source>ethnicity is blank: computed as QRISK3&apos;s &quot;white or not stated&quot; (code 1)</source>
        <translation>Ethnie nicht angegeben: berechnet mit der QRISK3-Kategorie „weiß oder nicht angegeben“ (Code 1)</translation>
    </message>
    <message>
        <source>total_cholesterol / hdl_cholesterol = %1 / %2 mg/dL = %3 is outside QRISK3&apos;s valid ratio range 1-12</source>
        <translation>Gesamtcholesterin / HDL-Cholesterin = %1 / %2 mg/dL = %3 liegt außerhalb des gültigen Quotientenbereichs von QRISK3 (1–12)</translation>
    </message>
    <message>
        <source>bmi = %1 kg/m2 is outside ClinRisk&apos;s QRISK3 limits 20-40 kg/m2: computed with bmi = %2 kg/m2, as ClinRisk&apos;s calculator does</source>
        <translation>BMI = %1 kg/m² liegt außerhalb der QRISK3-Grenzen von ClinRisk (20–40 kg/m²): berechnet mit BMI = %2 kg/m², wie der Rechner von ClinRisk</translation>
    </message>
    <message>
        <source>cvd = 1: QRISK3 is for people without cardiovascular disease (primary prevention); the score does not apply</source>
        <translation>Kardiovaskuläre Vorerkrankung (cvd = 1): QRISK3 gilt für Menschen ohne kardiovaskuläre Erkrankung (Primärprävention); der Score ist nicht anwendbar</translation>
    </message>
    <message>
        <source>diabetes = type1: NICE NG238 does not use QRISK3 in type 1 diabetes; no category</source>
        <translation>Typ-1-Diabetes: NICE NG238 verwendet QRISK3 nicht bei Typ-1-Diabetes; keine Kategorie</translation>
    </message>
    <message>
        <source>egfr = %1 mL/min/{1.73_m2} &lt; 60: NICE NG238 does not use QRISK3 in CKD; no category</source>
        <translation>eGFR = %1 mL/min/1,73 m² &lt; 60: NICE NG238 verwendet QRISK3 nicht bei chronischer Nierenerkrankung; keine Kategorie</translation>
    </message>
    <message>
        <source>ckd_stage_3_5 = 1 (eGFR &lt; 60): NICE NG238 does not use QRISK3 in CKD; no category</source>
        <translation>Chronische Nierenerkrankung Stadium 3–5 (eGFR &lt; 60): NICE NG238 verwendet QRISK3 nicht bei chronischer Nierenerkrankung; keine Kategorie</translation>
    </message>
    <message>
        <source>uacr = %1 mg/g &gt;= 30 (albuminuria): NICE NG238 does not use QRISK3 in CKD; no category</source>
        <translation>UACR = %1 mg/g ≥ 30 (Albuminurie): NICE NG238 verwendet QRISK3 nicht bei chronischer Nierenerkrankung; keine Kategorie</translation>
    </message>
    <message>
        <source>heart_age: below 25 years; the 10-year risk %1 % is lower than a healthy 25-year-old&apos;s %2 %, and QRISK3 has no healthy reference below age 25</source>
        <translation>Herzalter: unter 25 Jahren; das 10-Jahres-Risiko von %1 % ist niedriger als die %2 % einer gesunden 25-jährigen Person, und QRISK3 hat keine gesunde Referenz unter 25 Jahren</translation>
    </message>
    <message>
        <source>heart_age: above 84 years; the 10-year risk %1 % is not below a healthy 84-year-old&apos;s %2 %, and QRISK3 has no healthy reference above age 84</source>
        <translation>Herzalter: über 84 Jahren; das 10-Jahres-Risiko von %1 % liegt nicht unter den %2 % einer gesunden 84-jährigen Person, und QRISK3 hat keine gesunde Referenz über 84 Jahren</translation>
    </message>
    <message>
        <source>SCORE2 / SCORE2-OP (ESC 2021)</source>
        <translation>SCORE2 / SCORE2-OP (ESC 2021)</translation>
    </message>
    <message>
        <source>10-year risk of fatal and non-fatal cardiovascular disease (CVD death, non-fatal myocardial infarction, non-fatal stroke), adjusted for the competing risk of non-CVD death and recalibrated to the chosen ESC risk region</source>
        <translation>10-Jahres-Risiko tödlicher und nicht tödlicher kardiovaskulärer Erkrankungen (kardiovaskulärer Tod, nicht tödlicher Myokardinfarkt, nicht tödlicher Schlaganfall), bereinigt um das konkurrierende Risiko eines nicht kardiovaskulären Todes und rekalibriert auf die gewählte ESC-Risikoregion</translation>
    </message>
    <message>
        <source>SCORE2: 45 cohorts (677,684 people, 40-69 y, no CVD or diabetes at baseline) in 13 countries of the Emerging Risk Factors Collaboration; SCORE2-OP: Cohort of Norway (CONOR), 28,503 people aged &gt;= 65 without CVD</source>
        <translation>SCORE2: 45 Kohorten (677.684 Personen, 40–69 Jahre, ohne kardiovaskuläre Erkrankung oder Diabetes zu Beginn) in 13 Ländern der Emerging Risk Factors Collaboration; SCORE2-OP: Cohort of Norway (CONOR), 28.503 Personen ab 65 Jahren ohne kardiovaskuläre Erkrankung</translation>
    </message>
    <message>
        <source>2021 ESC Guidelines on cardiovascular disease prevention in clinical practice (Visseren, Eur Heart J 2021;42:3227), age-specific 10-year risk categories</source>
        <translation>2021 ESC Guidelines on cardiovascular disease prevention in clinical practice (Visseren, Eur Heart J 2021;42:3227), altersabhängige Kategorien des 10-Jahres-Risikos</translation>
    </message>
    <message>
        <source>diabetes = %1: SCORE2 (ages 40-69) does not apply to people with diabetes; SCORE2-Diabetes applies</source>
        <translation>Diabetes = %1: SCORE2 (Alter 40–69) gilt nicht für Menschen mit Diabetes; hier gilt SCORE2-Diabetes</translation>
    </message>
</context>
<context>
    <name>precis::therapy::TherapyText</name>
    <message>
        <source>10-year ASCVD risk by the PCE unavailable (pce: %1)</source>
        <translation>10-Jahres-ASCVD-Risiko nach PCE nicht verfügbar (pce: %1)</translation>
    </message>
    <message>
        <source>age missing</source>
        <translation>Alter fehlt</translation>
    </message>
    <message>
        <source>clinical ASCVD at age %1 (&lt;= 75)</source>
        <translation>klinische ASCVD mit %1 Jahren (&lt;= 75)</translation>
    </message>
    <message>
        <source>clinical ASCVD at age %1 (&gt; 75)</source>
        <translation>klinische ASCVD mit %1 Jahren (&gt; 75)</translation>
    </message>
    <message>
        <source>LDL-C %1 mg/dL (&gt;= 190) at age %2</source>
        <translation>LDL-C %1 mg/dL (&gt;= 190) mit %2 Jahren</translation>
    </message>
    <message>
        <source>age %1 outside 40-75 and no clinical ASCVD or LDL-C &gt;= 190</source>
        <translation>Alter %1 außerhalb 40-75, keine klinische ASCVD und kein LDL-C &gt;= 190</translation>
    </message>
    <message>
        <source>diabetes at age %1 with %2</source>
        <translation>Diabetes mit %1 Jahren und %2</translation>
    </message>
    <message>
        <source>diabetes with fewer than 2 counted ASCVD risk factors: moderate intensity (statin_moderate)</source>
        <translation>Diabetes mit weniger als 2 gezählten ASCVD-Risikofaktoren: moderate Intensität (statin_moderate)</translation>
    </message>
    <message>
        <source>ldl_cholesterol missing (the risk-based group is for LDL-C 70-189 mg/dL)</source>
        <translation>ldl_cholesterol fehlt (die risikobasierte Gruppe gilt für LDL-C 70-189 mg/dL)</translation>
    </message>
    <message>
        <source>LDL-C %1 mg/dL &lt; 70</source>
        <translation>LDL-C %1 mg/dL &lt; 70</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (&gt;= 20 %, high)</source>
        <translation>PCE 10-Jahres-ASCVD %1 (&gt;= 20 %, hoch)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 &lt; 20 %: high intensity is for high risk</source>
        <translation>PCE 10-Jahres-ASCVD %1 &lt; 20 %: hohe Intensität ist für hohes Risiko</translation>
    </message>
    <message>
        <source>clinical ASCVD at age &lt;= 75: high intensity is recommended (statin_high)</source>
        <translation>klinische ASCVD mit &lt;= 75 Jahren: hohe Intensität wird empfohlen (statin_high)</translation>
    </message>
    <message>
        <source>LDL-C &gt;= 190 mg/dL: maximally tolerated statin is recommended (statin_high)</source>
        <translation>LDL-C &gt;= 190 mg/dL: maximal verträgliches Statin wird empfohlen (statin_high)</translation>
    </message>
    <message>
        <source>age %1 outside 40-75 and no clinical ASCVD</source>
        <translation>Alter %1 außerhalb 40-75 und keine klinische ASCVD</translation>
    </message>
    <message>
        <source>diabetes at age %1 (40-75)</source>
        <translation>Diabetes mit %1 Jahren (40-75)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (7.5 to &lt; 20 %, intermediate)</source>
        <translation>PCE 10-Jahres-ASCVD %1 (7,5 bis &lt; 20 %, intermediär)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (5 to &lt; 7.5 %, borderline): only if risk-enhancing factors are present</source>
        <translation>PCE 10-Jahres-ASCVD %1 (5 bis &lt; 7,5 %, grenzwertig): nur bei risikoerhöhenden Faktoren</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (&gt;= 20 %, high): high intensity (statin_high)</source>
        <translation>PCE 10-Jahres-ASCVD %1 (&gt;= 20 %, hoch): hohe Intensität (statin_high)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (&lt; 5 %, low)</source>
        <translation>PCE 10-Jahres-ASCVD %1 (&lt; 5 %, niedrig)</translation>
    </message>
    <message>
        <source>sbp missing</source>
        <translation>sbp fehlt</translation>
    </message>
    <message>
        <source>clinical CVD and %1 (&gt;= 130/80)</source>
        <translation>klinische CVD und %1 (&gt;= 130/80)</translation>
    </message>
    <message>
        <source>diabetes and %1 (&gt;= 130/80)</source>
        <translation>Diabetes und %1 (&gt;= 130/80)</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 (&gt;= 10 %) and %2 (&gt;= 130/80)</source>
        <translation>PCE 10-Jahres-ASCVD %1 (&gt;= 10 %) und %2 (&gt;= 130/80)</translation>
    </message>
    <message>
        <source>%1 (&gt;= 140/90)</source>
        <translation>%1 (&gt;= 140/90)</translation>
    </message>
    <message>
        <source>%1 is 130-139/80-89 and %2</source>
        <translation>%1 liegt bei 130-139/80-89 und %2</translation>
    </message>
    <message>
        <source>%1 is 130-139/80-89 with PCE 10-year ASCVD %2 &lt; 10 %, no clinical CVD or diabetes</source>
        <translation>%1 liegt bei 130-139/80-89 mit PCE 10-Jahres-ASCVD %2 &lt; 10 %, ohne klinische CVD oder Diabetes</translation>
    </message>
    <message>
        <source>%1 below 130/80</source>
        <translation>%1 unter 130/80</translation>
    </message>
    <message>
        <source>already_taking</source>
        <translation>wird bereits eingenommen</translation>
    </message>
    <message>
        <source>%1: more than 20/10 above the 130/80 target</source>
        <translation>%1: mehr als 20/10 über dem Zielwert 130/80</translation>
    </message>
    <message>
        <source>%1: not more than 20/10 above the 130/80 target</source>
        <translation>%1: nicht mehr als 20/10 über dem Zielwert 130/80</translation>
    </message>
    <message>
        <source>no hypertension or BP treatment recorded: the target is for confirmed hypertension (bp_one_drug judges starting)</source>
        <translation>keine Hypertonie und keine Blutdrucktherapie erfasst: der Zielwert gilt für gesicherte Hypertonie (über den Beginn entscheidet bp_one_drug)</translation>
    </message>
    <message>
        <source>%1: at target (&lt; 130/80)</source>
        <translation>%1: im Zielbereich (&lt; 130/80)</translation>
    </message>
    <message>
        <source>hypertension with clinical CVD, %1 (not &lt; 130/80)</source>
        <translation>Hypertonie mit klinischer CVD, %1 (nicht &lt; 130/80)</translation>
    </message>
    <message>
        <source>hypertension with PCE 10-year ASCVD %1 (&gt;= 10 %), %2 (not &lt; 130/80)</source>
        <translation>Hypertonie mit PCE 10-Jahres-ASCVD %1 (&gt;= 10 %), %2 (nicht &lt; 130/80)</translation>
    </message>
    <message>
        <source>hypertension with diabetes, %1 (not &lt; 130/80)</source>
        <translation>Hypertonie mit Diabetes, %1 (nicht &lt; 130/80)</translation>
    </message>
    <message>
        <source>hypertension without clinical CVD, diabetes or PCE &gt;= 10 %, %1 (not &lt; 130/80)</source>
        <translation>Hypertonie ohne klinische CVD, Diabetes oder PCE &gt;= 10 %, %1 (nicht &lt; 130/80)</translation>
    </message>
    <message>
        <source>%1: class I may apply</source>
        <translation>%1: Klasse I kann zutreffen</translation>
    </message>
    <message>
        <source>statin intolerance recorded, but no statin benefit group (clinical ASCVD, LDL-C &gt;= 190, diabetes at 40-75, PCE &gt;= 7.5 %) is recorded</source>
        <translation>Statinunverträglichkeit erfasst, aber keine Statin-Nutzengruppe (klinische ASCVD, LDL-C &gt;= 190, Diabetes mit 40-75, PCE &gt;= 7,5 %) erfasst</translation>
    </message>
    <message>
        <source>statin intolerance recorded with %1</source>
        <translation>Statinunverträglichkeit erfasst mit %1</translation>
    </message>
    <message>
        <source>no clinical ASCVD and no statin intolerance recorded</source>
        <translation>keine klinische ASCVD und keine Statinunverträglichkeit erfasst</translation>
    </message>
    <message>
        <source>clinical ASCVD without a statin: a statin first (statin_high)</source>
        <translation>klinische ASCVD ohne Statin: zuerst ein Statin (statin_high)</translation>
    </message>
    <message>
        <source>ldl_cholesterol missing: ezetimibe is added when LDL-C stays &gt;= 70 mg/dL on a statin</source>
        <translation>ldl_cholesterol fehlt: Ezetimib wird ergänzt, wenn LDL-C unter einem Statin &gt;= 70 mg/dL bleibt</translation>
    </message>
    <message>
        <source>LDL-C %1 mg/dL &lt; 70 on a statin</source>
        <translation>LDL-C %1 mg/dL &lt; 70 unter einem Statin</translation>
    </message>
    <message>
        <source>clinical ASCVD with LDL-C %1 mg/dL (&gt;= 70) on a statin; whether its dose is maximally tolerated is the physician&apos;s judgement</source>
        <translation>klinische ASCVD mit LDL-C %1 mg/dL (&gt;= 70) unter einem Statin; ob dessen Dosis maximal verträglich ist, beurteilt der Arzt</translation>
    </message>
    <message>
        <source>smoking missing</source>
        <translation>smoking fehlt</translation>
    </message>
    <message>
        <source>current smoker</source>
        <translation>aktuell Raucher</translation>
    </message>
    <message>
        <source>not a current smoker</source>
        <translation>kein aktueller Raucher</translation>
    </message>
    <message>
        <source>clinical ASCVD: secondary prevention, not this option</source>
        <translation>klinische ASCVD: Sekundärprävention, nicht diese Option</translation>
    </message>
    <message>
        <source>increased bleeding risk (%1): not for primary prevention (2019 ACC/AHA, III: Harm)</source>
        <translation>erhöhtes Blutungsrisiko (%1): nicht zur Primärprävention (2019 ACC/AHA, III: Schaden)</translation>
    </message>
    <message>
        <source>age %1 &gt; 70: not for primary prevention (2019 ACC/AHA, III: Harm; USPSTF 2022, D)</source>
        <translation>Alter %1 &gt; 70: nicht zur Primärprävention (2019 ACC/AHA, III: Schaden; USPSTF 2022, D)</translation>
    </message>
    <message>
        <source>age %1 &lt; 40</source>
        <translation>Alter %1 &lt; 40</translation>
    </message>
    <message>
        <source>PCE 10-year ASCVD %1 &lt; 10 %</source>
        <translation>PCE 10-Jahres-ASCVD %1 &lt; 10 %</translation>
    </message>
    <message>
        <source>age %1 (40-59), PCE 10-year ASCVD %2 (&gt;= 10 %): an individual decision</source>
        <translation>Alter %1 (40-59), PCE 10-Jahres-ASCVD %2 (&gt;= 10 %): eine individuelle Entscheidung</translation>
    </message>
    <message>
        <source>age %1 (60-70), PCE 10-year ASCVD %2 (&gt;= 10 %); USPSTF 2022 grade D: do not start at 60 or older</source>
        <translation>Alter %1 (60-70), PCE 10-Jahres-ASCVD %2 (&gt;= 10 %); USPSTF 2022 Grad D: ab 60 nicht beginnen</translation>
    </message>
    <message>
        <source>no atrial fibrillation or flutter recorded (af)</source>
        <translation>kein Vorhofflimmern oder -flattern erfasst (af)</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc unavailable (%1)</source>
        <translation>CHA2DS2-VASc nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc %1 (woman)</source>
        <translation>CHA2DS2-VASc %1 (Frau)</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc %1 (man)</source>
        <translation>CHA2DS2-VASc %1 (Mann)</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc %1 (woman): low</source>
        <translation>CHA2DS2-VASc %1 (Frau): niedrig</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc %1 (man): low</source>
        <translation>CHA2DS2-VASc %1 (Mann): niedrig</translation>
    </message>
    <message>
        <source>blank items counted as absent, the score may be higher: %1</source>
        <translation>leere Angaben als nicht vorhanden gezählt, der Score kann höher sein: %1</translation>
    </message>
    <message>
        <source>the CHA2DS2-VASc was derived in non-valvular AF: with a mechanical valve or mitral stenosis judge the indication clinically</source>
        <translation>der CHA2DS2-VASc wurde bei nicht valvulärem VHF entwickelt: bei mechanischer Klappe oder Mitralstenose die Indikation klinisch beurteilen</translation>
    </message>
    <message>
        <source>warfarin, not a DOAC: %1</source>
        <translation>Warfarin, kein DOAK: %1</translation>
    </message>
    <message>
        <source>a DOAC over warfarin; dose by Cockcroft-Gault creatinine clearance %1 mL/min</source>
        <translation>ein DOAK statt Warfarin; Dosis nach Cockcroft-Gault-Kreatinin-Clearance %1 mL/min</translation>
    </message>
    <message>
        <source>a DOAC over warfarin; its dose needs the Cockcroft-Gault creatinine clearance (age, sex, weight, creatinine)</source>
        <translation>ein DOAK statt Warfarin; für die Dosis wird die Cockcroft-Gault-Kreatinin-Clearance benötigt (Alter, Geschlecht, Gewicht, Kreatinin)</translation>
    </message>
    <message>
        <source>HAS-BLED %1: modify the bleeding risk factors it names; not a reason to withhold</source>
        <translation>HAS-BLED %1: die genannten Blutungsrisikofaktoren beeinflussen; kein Grund, die Antikoagulation vorzuenthalten</translation>
    </message>
    <message>
        <source>on dialysis: already in specialist kidney care</source>
        <translation>unter Dialyse: bereits in nephrologischer Betreuung</translation>
    </message>
    <message>
        <source>egfr and uacr missing</source>
        <translation>egfr und uacr fehlen</translation>
    </message>
    <message>
        <source>5-year KFRE unavailable (%1)</source>
        <translation>5-Jahres-KFRE nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>5-year KFRE %1 (&gt;= 3 %, KDIGO 2024; NICE NG203 refers at &gt; 5 %)</source>
        <translation>5-Jahres-KFRE %1 (&gt;= 3 %, KDIGO 2024; NICE NG203 überweist bei &gt; 5 %)</translation>
    </message>
    <message>
        <source>5-year KFRE %1 &lt; 3 %</source>
        <translation>5-Jahres-KFRE %1 &lt; 3 %</translation>
    </message>
    <message>
        <source>eGFR %1 &lt; 30</source>
        <translation>eGFR %1 &lt; 30</translation>
    </message>
    <message>
        <source>UACR %1 mg/g &gt;= 300</source>
        <translation>UACR %1 mg/g &gt;= 300</translation>
    </message>
    <message>
        <source>no referral criterion met</source>
        <translation>kein Überweisungskriterium erfüllt</translation>
    </message>
    <message>
        <source>type 1 diabetes: SGLT2 inhibitors are not recommended (ketoacidosis)</source>
        <translation>Typ-1-Diabetes: SGLT2-Hemmer werden nicht empfohlen (Ketoazidose)</translation>
    </message>
    <message>
        <source>on dialysis: not started (KDIGO 2024 is not for dialysis)</source>
        <translation>unter Dialyse: nicht begonnen (KDIGO 2024 gilt nicht für Dialyse)</translation>
    </message>
    <message>
        <source>prior diabetic ketoacidosis (prior_dka)</source>
        <translation>frühere diabetische Ketoazidose (prior_dka)</translation>
    </message>
    <message>
        <source>type 2 diabetes with CKD (%1)</source>
        <translation>Typ-2-Diabetes mit CKD (%1)</translation>
    </message>
    <message>
        <source>CKD with UACR %1 mg/g (&gt;= 200)</source>
        <translation>CKD mit UACR %1 mg/g (&gt;= 200)</translation>
    </message>
    <message>
        <source>CKD (%1) with heart failure</source>
        <translation>CKD (%1) mit Herzinsuffizienz</translation>
    </message>
    <message>
        <source>heart failure (class by ejection fraction: 1 HFrEF, 2a HFmrEF or HFpEF)</source>
        <translation>Herzinsuffizienz (Klasse nach Ejektionsfraktion: 1 HFrEF, 2a HFmrEF oder HFpEF)</translation>
    </message>
    <message>
        <source>type 2 diabetes with established ASCVD</source>
        <translation>Typ-2-Diabetes mit gesicherter ASCVD</translation>
    </message>
    <message>
        <source>no indication: not type 2 diabetes with CKD or ASCVD, CKD with UACR &gt;= 200 mg/g, or heart failure (%1)</source>
        <translation>keine Indikation: kein Typ-2-Diabetes mit CKD oder ASCVD, keine CKD mit UACR &gt;= 200 mg/g, keine Herzinsuffizienz (%1)</translation>
    </message>
    <message>
        <source>egfr missing: an SGLT2 inhibitor is started only at eGFR &gt;= 20</source>
        <translation>egfr fehlt: ein SGLT2-Hemmer wird nur bei eGFR &gt;= 20 begonnen</translation>
    </message>
    <message>
        <source>eGFR %1 &lt; 20: not started</source>
        <translation>eGFR %1 &lt; 20: nicht begonnen</translation>
    </message>
    <message>
        <source>on dialysis: outside G1-G4</source>
        <translation>unter Dialyse: außerhalb G1-G4</translation>
    </message>
    <message>
        <source>uacr missing: the indication is albuminuria</source>
        <translation>uacr fehlt: die Indikation ist eine Albuminurie</translation>
    </message>
    <message>
        <source>UACR %1 mg/g &lt; 30 (A1): no albuminuric CKD</source>
        <translation>UACR %1 mg/g &lt; 30 (A1): keine albuminurische CKD</translation>
    </message>
    <message>
        <source>egfr missing: the recommendations are for G1-G4 (eGFR &gt;= 15)</source>
        <translation>egfr fehlt: die Empfehlungen gelten für G1-G4 (eGFR &gt;= 15)</translation>
    </message>
    <message>
        <source>eGFR %1 &lt; 15 (G5): outside G1-G4</source>
        <translation>eGFR %1 &lt; 15 (G5): außerhalb G1-G4</translation>
    </message>
    <message>
        <source>diabetes with UACR %1 mg/g (&gt;= 30, A2-A3)</source>
        <translation>Diabetes mit UACR %1 mg/g (&gt;= 30, A2-A3)</translation>
    </message>
    <message>
        <source>UACR %1 mg/g (&gt; 300, A3) without diabetes</source>
        <translation>UACR %1 mg/g (&gt; 300, A3) ohne Diabetes</translation>
    </message>
    <message>
        <source>UACR %1 mg/g (30-300, A2) without diabetes</source>
        <translation>UACR %1 mg/g (30-300, A2) ohne Diabetes</translation>
    </message>
    <message>
        <source>potassium not recorded: measure it before starting, and potassium, creatinine and BP 2-4 weeks after</source>
        <translation>Kalium nicht erfasst: vor Beginn messen, und Kalium, Kreatinin und Blutdruck 2-4 Wochen danach</translation>
    </message>
    <message>
        <source>potassium %1 mmol/L: check potassium, creatinine and BP 2-4 weeks after starting</source>
        <translation>Kalium %1 mmol/L: Kalium, Kreatinin und Blutdruck 2-4 Wochen nach Beginn kontrollieren</translation>
    </message>
    <message>
        <source>potassium above 5.0 mmol/L: NICE NG203 advises not starting a RAS inhibitor; treat the potassium first</source>
        <translation>Kalium über 5,0 mmol/L: NICE NG203 rät, keinen RAS-Hemmer zu beginnen; zuerst das Kalium behandeln</translation>
    </message>
    <message>
        <source>diabetes recorded: prevention does not apply</source>
        <translation>Diabetes erfasst: Prävention entfällt</translation>
    </message>
    <message>
        <source>hba1c and fasting_glucose missing: prediabetes cannot be judged</source>
        <translation>hba1c und fasting_glucose fehlen: Prädiabetes nicht beurteilbar</translation>
    </message>
    <message>
        <source>%1: in the diabetes range (HbA1c &gt;= 6.5 % or fasting glucose &gt;= 7.0 mmol/L); confirm the diagnosis</source>
        <translation>%1: im Diabetesbereich (HbA1c &gt;= 6,5 % oder Nüchternglukose &gt;= 7,0 mmol/L); Diagnose bestätigen</translation>
    </message>
    <message>
        <source>%1: no prediabetes (HbA1c 5.7-6.4 % or fasting glucose 5.6-6.9 mmol/L)</source>
        <translation>%1: kein Prädiabetes (HbA1c 5,7-6,4 % oder Nüchternglukose 5,6-6,9 mmol/L)</translation>
    </message>
    <message>
        <source>prediabetes: %1</source>
        <translation>Prädiabetes: %1</translation>
    </message>
    <message>
        <source>egfr missing: metformin is started only at eGFR &gt;= 45</source>
        <translation>egfr fehlt: Metformin wird nur bei eGFR &gt;= 45 begonnen</translation>
    </message>
    <message>
        <source>eGFR %1 &lt; 30: metformin is contraindicated</source>
        <translation>eGFR %1 &lt; 30: Metformin ist kontraindiziert</translation>
    </message>
    <message>
        <source>eGFR %1 (30-44): starting metformin is not recommended</source>
        <translation>eGFR %1 (30-44): Beginn mit Metformin nicht empfohlen</translation>
    </message>
    <message>
        <source>especially indicated: %1</source>
        <translation>besonders angezeigt: %1</translation>
    </message>
    <message>
        <source>no type 2 diabetes recorded</source>
        <translation>kein Typ-2-Diabetes erfasst</translation>
    </message>
    <message>
        <source>type 2 diabetes without established ASCVD (the other indications are not implemented)</source>
        <translation>Typ-2-Diabetes ohne gesicherte ASCVD (die übrigen Indikationen sind nicht umgesetzt)</translation>
    </message>
    <message>
        <source>warfarin genotype note: in African ancestry, dose clinically unless CYP2C9 *5, *6, *8 and *11 were tested (CPIC 2017)</source>
        <translation>Warfarin-Genotyp-Hinweis: bei afrikanischer Abstammung klinisch dosieren, sofern CYP2C9 *5, *6, *8 und *11 nicht getestet wurden (CPIC 2017)</translation>
    </message>
    <message>
        <source>current drug with a genotype rule: review</source>
        <translation>aktuelles Medikament mit einer Genotyp-Regel: überprüfen</translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>intolerance</source>
        <translation>Unverträglichkeit</translation>
    </message>
    <message>
        <source>ace_inhibitor_angioedema</source>
        <translation>Angioödem unter ACE-Hemmer</translation>
    </message>
    <message>
        <source>mtc_men2: personal or family history of medullary thyroid carcinoma or MEN 2 (label contraindication)</source>
        <translation>mtc_men2: eigene oder familiäre Vorgeschichte eines medullären Schilddrüsenkarzinoms oder MEN 2 (Kontraindikation laut Fachinformation)</translation>
    </message>
    <message>
        <source>unrecognised medication not checked: %1</source>
        <translation>nicht erkanntes Medikament nicht geprüft: %1</translation>
    </message>
    <message>
        <source>arr_pct blank: %1 refused (%2)</source>
        <translation>arr_pct leer: %1 hat abgelehnt (%2)</translation>
    </message>
    <message>
        <source>arr_pct blank: ldl_cholesterol missing (the effect is per mmol/L LDL-C lowered)</source>
        <translation>arr_pct leer: ldl_cholesterol fehlt (der Effekt gilt pro mmol/L LDL-C-Senkung)</translation>
    </message>
    <message>
        <source>RR %1 = %2^%3 per %4</source>
        <translation>RR %1 = %2^%3 pro %4</translation>
    </message>
    <message>
        <source>RR %1 (%2)</source>
        <translation>RR %1 (%2)</translation>
    </message>
    <message>
        <source>model re-run with %1</source>
        <translation>Modell neu berechnet mit %1</translation>
    </message>
    <message>
        <source>arr_pct blank: re-run refused (%1)</source>
        <translation>arr_pct leer: Neuberechnung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>arr_pct blank: %1</source>
        <translation>arr_pct leer: %1</translation>
    </message>
    <message>
        <source>harm: %1</source>
        <translation>Schaden: %1</translation>
    </message>
    <message>
        <source>indication not recorded (acs_pci, stroke_tia_te): the strength depends on it</source>
        <translation>Indikation nicht erfasst (acs_pci, stroke_tia_te): die Empfehlungsstärke hängt davon ab</translation>
    </message>
    <message>
        <source>Moderate-intensity statin (LDL-C lowered by 30-49 %)</source>
        <translation>Statin moderater Intensität (LDL-C-Senkung um 30-49 %)</translation>
    </message>
    <message>
        <source>High-intensity statin (LDL-C lowered by &gt;= 50 %)</source>
        <translation>Statin hoher Intensität (LDL-C-Senkung um &gt;= 50 %)</translation>
    </message>
    <message>
        <source>Ezetimibe (added to the maximally tolerated statin, or without a statin when statins are not tolerated)</source>
        <translation>Ezetimib (zusätzlich zum maximal verträglichen Statin, oder ohne Statin bei Statinunverträglichkeit)</translation>
    </message>
    <message>
        <source>One more blood-pressure-lowering drug at standard dose</source>
        <translation>Ein weiteres Blutdruckmedikament in Standarddosis</translation>
    </message>
    <message>
        <source>Start two first-line blood-pressure-lowering drugs of different classes at standard dose</source>
        <translation>Zwei Blutdruckmedikamente der ersten Wahl aus verschiedenen Klassen in Standarddosis beginnen</translation>
    </message>
    <message>
        <source>Blood pressure treated to the target below 130/80 mm Hg</source>
        <translation>Blutdruckbehandlung bis zum Zielwert unter 130/80 mm Hg</translation>
    </message>
    <message>
        <source>Stop smoking (advice plus behavioural support and pharmacotherapy)</source>
        <translation>Rauchstopp (Beratung mit Verhaltensunterstützung und Pharmakotherapie)</translation>
    </message>
    <message>
        <source>Low-dose aspirin (75-100 mg daily) for primary prevention</source>
        <translation>Niedrig dosiertes Aspirin (75-100 mg täglich) zur Primärprävention</translation>
    </message>
    <message>
        <source>Oral anticoagulation in atrial fibrillation or flutter (a DOAC, or warfarin with a mechanical valve or moderate-to-severe mitral stenosis)</source>
        <translation>Orale Antikoagulation bei Vorhofflimmern oder -flattern (ein DOAK, oder Warfarin bei mechanischer Herzklappe oder mittel- bis hochgradiger Mitralstenose)</translation>
    </message>
    <message>
        <source>Referral to specialist kidney care</source>
        <translation>Überweisung in die nephrologische Betreuung</translation>
    </message>
    <message>
        <source>SGLT2 inhibitor (dapagliflozin, empagliflozin or another agent with kidney or heart-failure outcome data)</source>
        <translation>SGLT2-Hemmer (Dapagliflozin, Empagliflozin oder ein anderer Wirkstoff mit Nieren- oder Herzinsuffizienz-Endpunktdaten)</translation>
    </message>
    <message>
        <source>Renin-angiotensin system inhibitor (ACE inhibitor or ARB) at the highest approved dose tolerated</source>
        <translation>Hemmer des Renin-Angiotensin-Systems (ACE-Hemmer oder ARB) in der höchsten zugelassenen verträglichen Dosis</translation>
    </message>
    <message>
        <source>Intensive lifestyle programme modelled on the Diabetes Prevention Program (7 % weight loss, 150 min/week of moderate activity)</source>
        <translation>Intensives Lebensstilprogramm nach dem Vorbild des Diabetes Prevention Program (7 % Gewichtsabnahme, 150 min/Woche moderate Aktivität)</translation>
    </message>
    <message>
        <source>Metformin 850 mg twice daily for diabetes prevention</source>
        <translation>Metformin 850 mg zweimal täglich zur Diabetesprävention</translation>
    </message>
    <message>
        <source>GLP-1 receptor agonist with proven cardiovascular benefit (liraglutide, semaglutide or dulaglutide)</source>
        <translation>GLP-1-Rezeptoragonist mit belegtem kardiovaskulärem Nutzen (Liraglutid, Semaglutid oder Dulaglutid)</translation>
    </message>
    <message>
        <source>no phenotype assigned, so no genotype-based action; decide as if not tested</source>
        <translation>kein Phänotyp zugeordnet, daher keine genotypbasierte Maßnahme; wie nicht getestet entscheiden</translation>
    </message>
    <message>
        <source>no recommendation</source>
        <translation>keine Empfehlung</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>not simvastatin</source>
        <translation>kein Simvastatin</translation>
    </message>
    <message>
        <source>atorvastatin &lt;= 20 mg as starting dose; above 20 mg consider rosuvastatin or combination therapy</source>
        <translation>Atorvastatin &lt;= 20 mg als Anfangsdosis; über 20 mg Rosuvastatin oder Kombinationstherapie erwägen</translation>
    </message>
    <message>
        <source>rosuvastatin &lt;= 20 mg as starting dose</source>
        <translation>Rosuvastatin &lt;= 20 mg als Anfangsdosis</translation>
    </message>
    <message>
        <source>pravastatin &lt;= 40 mg as starting dose</source>
        <translation>Pravastatin &lt;= 40 mg als Anfangsdosis</translation>
    </message>
    <message>
        <source>pitavastatin &lt;= 1 mg as starting dose</source>
        <translation>Pitavastatin &lt;= 1 mg als Anfangsdosis</translation>
    </message>
    <message>
        <source>fluvastatin &lt;= 40 mg/day as starting dose</source>
        <translation>Fluvastatin &lt;= 40 mg/Tag als Anfangsdosis</translation>
    </message>
    <message>
        <source>lovastatin: another statin, or &lt;= 20 mg/day if lovastatin is warranted</source>
        <translation>Lovastatin: ein anderes Statin, oder &lt;= 20 mg/Tag, wenn Lovastatin angezeigt ist</translation>
    </message>
    <message>
        <source>fluvastatin: another statin</source>
        <translation>Fluvastatin: ein anderes Statin</translation>
    </message>
    <message>
        <source>lovastatin: another statin</source>
        <translation>Lovastatin: ein anderes Statin</translation>
    </message>
    <message>
        <source>simvastatin: another statin, or &lt; 20 mg/day if simvastatin is warranted</source>
        <translation>Simvastatin: ein anderes Statin, oder &lt; 20 mg/Tag, wenn Simvastatin angezeigt ist</translation>
    </message>
    <message>
        <source>atorvastatin &lt;= 40 mg as starting dose; above 40 mg consider combination therapy</source>
        <translation>Atorvastatin &lt;= 40 mg als Anfangsdosis; über 40 mg Kombinationstherapie erwägen</translation>
    </message>
    <message>
        <source>pitavastatin &lt;= 2 mg as starting dose</source>
        <translation>Pitavastatin &lt;= 2 mg als Anfangsdosis</translation>
    </message>
    <message>
        <source>rosuvastatin &lt;= 10 mg as starting dose</source>
        <translation>Rosuvastatin &lt;= 10 mg als Anfangsdosis</translation>
    </message>
    <message>
        <source>fluvastatin &lt;= 20 mg/day as starting dose</source>
        <translation>Fluvastatin &lt;= 20 mg/Tag als Anfangsdosis</translation>
    </message>
    <message>
        <source>avoid clopidogrel; ticagrelor at standard dose if not contraindicated (prasugrel is contraindicated after stroke or TIA)</source>
        <translation>Clopidogrel meiden; Ticagrelor in Standarddosis, falls nicht kontraindiziert (Prasugrel ist nach Schlaganfall oder TIA kontraindiziert)</translation>
    </message>
    <message>
        <source>avoid clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated</source>
        <translation>Clopidogrel meiden; Prasugrel oder Ticagrelor in Standarddosis, falls nicht kontraindiziert</translation>
    </message>
    <message>
        <source>avoid standard-dose (75 mg) clopidogrel; ticagrelor at standard dose if not contraindicated (prasugrel is contraindicated after stroke or TIA)</source>
        <translation>Clopidogrel in Standarddosis (75 mg) meiden; Ticagrelor in Standarddosis, falls nicht kontraindiziert (Prasugrel ist nach Schlaganfall oder TIA kontraindiziert)</translation>
    </message>
    <message>
        <source>avoid standard-dose (75 mg) clopidogrel; prasugrel or ticagrelor at standard dose if not contraindicated</source>
        <translation>Clopidogrel in Standarddosis (75 mg) meiden; Prasugrel oder Ticagrelor in Standarddosis, falls nicht kontraindiziert</translation>
    </message>
    <message>
        <source>strong after ACS/PCI, moderate in neurovascular disease</source>
        <translation>stark nach ACS/PCI, moderat bei neurovaskulärer Erkrankung</translation>
    </message>
    <message>
        <source>if warfarin, dose by a validated pharmacogenetic algorithm</source>
        <translation>falls Warfarin: Dosis nach einem validierten pharmakogenetischen Algorithmus</translation>
    </message>
    <message>
        <source>if warfarin, dose by a validated pharmacogenetic algorithm, or consider another anticoagulant</source>
        <translation>falls Warfarin: Dosis nach einem validierten pharmakogenetischen Algorithmus, oder ein anderes Antikoagulans erwägen</translation>
    </message>
    <message>
        <source>if warfarin, dose 5-10 % above the algorithm&apos;s</source>
        <translation>falls Warfarin: Dosis 5-10 % über der des Algorithmus</translation>
    </message>
    <message>
        <source>%1 %2: %3 (CPIC %4, %5)</source>
        <translation>%1 %2: %3 (CPIC %4, %5)</translation>
    </message>
    <message>
        <source>on-label: the evidence is for %1, this tumour&apos;s type or a type it belongs to</source>
        <translation>zugelassene Indikation: die Evidenz gilt für %1, den Typ dieses Tumors oder einen übergeordneten Typ</translation>
    </message>
    <message>
        <source>tissue-agnostic: approved for the biomarker in any solid tumour not excluded by the label</source>
        <translation>tumorunabhängig: für den Biomarker bei jedem soliden Tumor zugelassen, den die Fachinformation nicht ausschließt</translation>
    </message>
    <message>
        <source>other tumour types only: the evidence is for %1, not for this tumour&apos;s type</source>
        <translation>nur andere Tumortypen: die Evidenz gilt für %1, nicht für den Typ dieses Tumors</translation>
    </message>
    <message>
        <source>no absolute risk reduction: the biomarker predicts the tumour&apos;s response to the drug, not an effect on a risk model&apos;s outcome</source>
        <translation>keine absolute Risikoreduktion: der Biomarker sagt das Ansprechen des Tumors auf das Arzneimittel voraus, keine Wirkung auf den Endpunkt eines Risikomodells</translation>
    </message>
    <message>
        <source>%1 %2 predicts sensitivity to %3</source>
        <translation>%1 %2 sagt Ansprechen auf %3 voraus</translation>
    </message>
    <message>
        <source>%1 %2 predicts resistance to %3</source>
        <translation>%1 %2 sagt Resistenz gegen %3 voraus</translation>
    </message>
    <message>
        <source>warning: %1 %2 predicts resistance to %3 (%4)</source>
        <translation>Warnung: %1 %2 sagt Resistenz gegen %3 voraus (%4)</translation>
    </message>
    <message>
        <source>Relative risks of several options are multiplied (independence assumed) and applied on the hazard scale: risk_with = 1 - (1 - risk)^(RR1 x RR2 x ...).</source>
        <translation>Die relativen Risiken mehrerer Optionen werden multipliziert (Unabhängigkeit angenommen) und auf der Hazard-Skala angewandt: Risiko_mit = 1 - (1 - Risiko)^(RR1 x RR2 x ...).</translation>
    </message>
    <message>
        <source>1.0 mmol/L LDL-C lowered</source>
        <translation>1,0 mmol/l LDL-C-Senkung</translation>
    </message>
    <message>
        <source>10 mm[Hg] SBP lowered</source>
        <translation>10 mm Hg Senkung des systolischen Blutdrucks</translation>
    </message>
    <message>
        <source>serious vascular events (myocardial infarction, stroke or vascular death), primary prevention trials</source>
        <translation>schwerwiegende vaskuläre Ereignisse (Myokardinfarkt, Schlaganfall oder vaskulärer Tod), Studien zur Primärprävention</translation>
    </message>
    <message>
        <source>stroke, adjusted-dose warfarin vs control (6 trials, 2900 participants)</source>
        <translation>Schlaganfall, dosisangepasstes Warfarin gegenüber Kontrolle (6 Studien, 2900 Teilnehmende)</translation>
    </message>
    <message>
        <source>diabetes incidence over 10 years since randomisation, lifestyle vs placebo</source>
        <translation>Diabetesinzidenz über 10 Jahre seit der Randomisierung, Lebensstil gegenüber Placebo</translation>
    </message>
    <message>
        <source>diabetes incidence over 10 years since randomisation, metformin vs placebo</source>
        <translation>Diabetesinzidenz über 10 Jahre seit der Randomisierung, Metformin gegenüber Placebo</translation>
    </message>
    <message>
        <source>major adverse cardiovascular events (cardiovascular death, myocardial infarction or stroke), 8 trials in type 2 diabetes</source>
        <translation>schwere kardiovaskuläre Ereignisse (kardiovaskulärer Tod, Myokardinfarkt oder Schlaganfall), 8 Studien bei Typ-2-Diabetes</translation>
    </message>
    <message>
        <source>smoking = former</source>
        <translation>Rauchstatus = ehemalig</translation>
    </message>
    <message>
        <source>sbp = 130 mm[Hg] (the target), bp_treated kept as recorded</source>
        <translation>systolischer Blutdruck = 130 mm Hg (der Zielwert), Blutdruckbehandlung wie erfasst</translation>
    </message>
    <message>
        <source>major gastrointestinal and extracranial bleeding RR 1.54 (95% CI 1.30-1.82)</source>
        <translation>schwere gastrointestinale und extrakranielle Blutungen RR 1,54 (95-%-KI 1,30-1,82)</translation>
    </message>
    <message>
        <source>SMART-C&apos;s RR 0.63 is for a kidney-disease progression composite (sustained &gt;= 50 % eGFR decline, sustained low eGFR, end-stage kidney disease or death from kidney failure), not the KFRE&apos;s kidney failure: it is not applied to kfre-4</source>
        <translation>Das RR 0,63 aus SMART-C gilt für einen kombinierten Endpunkt der Progression der Nierenerkrankung (anhaltender eGFR-Abfall um &gt;= 50 %, anhaltend niedrige eGFR, terminale Nierenerkrankung oder Tod durch Nierenversagen), nicht für das Nierenversagen der KFRE: Es wird nicht auf kfre-4 angewandt</translation>
    </message>
    <message>
        <source>no relative risk for kidney failure in the knowledge base</source>
        <translation>kein relatives Risiko für Nierenversagen in der Wissensbasis</translation>
    </message>
    <message>
        <source>start at half the usual dose (50 % reduction, activity score 1 or 1.5), then titrate by toxicity or drug-level monitoring</source>
        <translation>mit der halben üblichen Dosis beginnen (50 % Reduktion, Aktivitätsscore 1 oder 1,5), dann nach Toxizität oder Spiegelmessung titrieren</translation>
    </message>
    <message>
        <source>strong (activity score 1), moderate (activity score 1.5)</source>
        <translation>stark (Aktivitätsscore 1), mittel (Aktivitätsscore 1,5)</translation>
    </message>
    <message>
        <source>avoid fluorouracil and its prodrugs (activity score 0 or 0.5; at 0.5, only if no alternative, a strongly reduced dose with early drug-level monitoring)</source>
        <translation>Fluorouracil und seine Prodrugs meiden (Aktivitätsscore 0 oder 0,5; bei 0,5 nur ohne Alternative eine stark reduzierte Dosis mit früher Spiegelmessung)</translation>
    </message>
    <message>
        <source>if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>beträgt die übliche Anfangsdosis mindestens 75 mg/m2/Tag oder 1,5 mg/kg/Tag, mit 30-80 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>if the usual start is 2-3 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>beträgt die übliche Anfangsdosis 2-3 mg/kg/Tag, mit 30-80 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>start at 50-80 % of the usual dose and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>mit 50-80 % der üblichen Dosis beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>malignancy: cut the daily dose tenfold and give it three times a week instead of daily, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>Malignom: Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben, 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>start at 10 mg/m2/day and adjust by myelosuppression, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>mit 10 mg/m2/Tag beginnen und nach Myelosuppression anpassen, 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>non-malignant disease: consider a non-thiopurine immunosuppressant; malignancy: tenfold lower daily dose three times a week instead of daily</source>
        <translation>nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen; Malignom: ein Zehntel der Tagesdosis dreimal wöchentlich statt täglich</translation>
    </message>
    <message>
        <source>non-malignant disease: consider a non-thiopurine immunosuppressant; malignancy: tenfold lower daily dose</source>
        <translation>nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen; Malignom: ein Zehntel der Tagesdosis</translation>
    </message>
    <message>
        <source>tenfold lower daily dose three times a week instead of daily; non-malignant disease: consider an alternative agent</source>
        <translation>ein Zehntel der Tagesdosis dreimal wöchentlich statt täglich; nicht maligne Erkrankung: ein anderes Mittel erwägen</translation>
    </message>
    <message>
        <source>start at 25 % of the usual dose and adjust by myelosuppression; non-malignant disease: consider an alternative agent</source>
        <translation>mit 25 % der üblichen Dosis beginnen und nach Myelosuppression anpassen; nicht maligne Erkrankung: ein anderes Mittel erwägen</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: start at 20-50 % of the usual dose (2024 update; replaces each gene&apos;s single-gene range)</source>
        <translation>intermediär für TPMT und NUDT15: mit 20-50 % der üblichen Dosis beginnen (Aktualisierung 2024; ersetzt die Spanne jedes einzelnen Gens)</translation>
    </message>
    <message>
        <source>strength not verified</source>
        <translation>Empfehlungsgrad nicht geprüft</translation>
    </message>
    <message>
        <source>poor metaboliser (e.g. *28/*28, *6/*6, *6/*28): start at 70 % of the usual dose, raise it by the neutrophil count if tolerated</source>
        <translation>langsamer Metabolisierer (z. B. *28/*28, *6/*6, *6/*28): mit 70 % der üblichen Dosis beginnen, bei Verträglichkeit nach Neutrophilenzahl steigern</translation>
    </message>
    <message>
        <source>DPWG: genotyping essential</source>
        <translation>DPWG: Genotypisierung unerlässlich</translation>
    </message>
    <message>
        <source>*28 homozygotes: consider starting at least one dose level lower (label)</source>
        <translation>*28-Homozygote: Beginn mindestens eine Dosisstufe niedriger erwägen (Fachinformation)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Fachinformation</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4 %5, %6)</source>
        <translation>%1 %2: %3 (%4 %5, %6)</translation>
    </message>
    <message>
        <source>if the usual start is at least 40-60 mg/m2/day, start at 50-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>beträgt die übliche Anfangsdosis mindestens 40-60 mg/m2/Tag, mit 50-80 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>malignancy: start at 10 mg/m2/day and adjust by myelosuppression, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>Malignom: mit 10 mg/m2/Tag beginnen und nach Myelosuppression anpassen, 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>tenfold lower daily dose three times a week instead of daily, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>ein Zehntel der Tagesdosis dreimal wöchentlich statt täglich, 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>start at 25 % of the usual dose and adjust by myelosuppression, 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>mit 25 % der üblichen Dosis beginnen und nach Myelosuppression anpassen, 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 2 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediär für TPMT und NUDT15: beträgt die übliche Anfangsdosis mindestens 2 mg/kg/Tag, mit 20-50 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 75 mg/m2/day or 1.5 mg/kg/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediär für TPMT und NUDT15: beträgt die übliche Anfangsdosis mindestens 75 mg/m2/Tag oder 1,5 mg/kg/Tag, mit 20-50 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>intermediate for both TPMT and NUDT15: if the usual start is at least 40 mg/m2/day, start at 20-50 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>intermediär für TPMT und NUDT15: beträgt die übliche Anfangsdosis mindestens 40 mg/m2/Tag, mit 20-50 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>c.-1639G&gt;A genotype not determined, so no genotype-based action; decide as if not tested</source>
        <translation>Genotyp c.-1639G&gt;A nicht bestimmt, daher keine genotypbasierte Maßnahme; wie nicht getestet entscheiden</translation>
    </message>
    <message>
        <source>if the usual start is at least 2 mg/kg/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>beträgt die übliche Anfangsdosis mindestens 2 mg/kg/Tag, mit 30-80 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>if the usual start is at least 40 mg/m2/day, start at 30-80 % of it and adjust by myelosuppression; 2-4 weeks to steady state</source>
        <translation>beträgt die übliche Anfangsdosis mindestens 40 mg/m2/Tag, mit 30-80 % davon beginnen und nach Myelosuppression anpassen; 2-4 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: consider a non-thiopurine immunosuppressant</source>
        <translation>langsam für TPMT oder NUDT15 und das andere Gen intermediär oder langsam: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>langsam für TPMT oder NUDT15 und das andere Gen intermediär oder langsam: Malignom: Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben (z. B. 10 mg/m2/Tag an 3 Tagen pro Woche), 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>poor for TPMT or NUDT15 and the other intermediate or poor: cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</source>
        <translation>langsam für TPMT oder NUDT15 und das andere Gen intermediär oder langsam: Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben, nach Myelosuppression anpassen; 4-6 Wochen bis zum Steady State</translation>
    </message>
    <message>
        <source>consider a non-thiopurine immunosuppressant</source>
        <translation>ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>malignancy: cut the daily dose tenfold and give it three times a week instead of daily (e.g. 10 mg/m2/day on 3 days a week), 4-6 weeks to steady state; non-malignant disease: consider a non-thiopurine immunosuppressant</source>
        <translation>Malignom: Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben (z. B. 10 mg/m2/Tag an 3 Tagen pro Woche), 4-6 Wochen bis zum Steady State; nicht maligne Erkrankung: ein Immunsuppressivum ohne Thiopurin erwägen</translation>
    </message>
    <message>
        <source>cut the daily dose tenfold and give it three times a week instead of daily, adjust by myelosuppression; 4-6 weeks to steady state</source>
        <translation>Tagesdosis auf ein Zehntel senken und dreimal wöchentlich statt täglich geben, nach Myelosuppression anpassen; 4-6 Wochen bis zum Steady State</translation>
    </message>
</context>
<context>
    <name>precis::ui::AddUserDialog</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>Benutzer&amp;name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>The new user signs in with this name and initial password. Hand the password over in person, never by e-mail.</source>
        <translation>Der neue Benutzer meldet sich mit diesem Namen und dem Anfangspasswort an. Übergeben Sie das Passwort persönlich, nie per E-Mail.</translation>
    </message>
    <message>
        <source>&amp;Add User</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>Adding %1. Deriving the key for the new password takes a moment.</source>
        <translation>%1 wird hinzugefügt. Das Ableiten des Schlüssels für das neue Passwort dauert einen Moment.</translation>
    </message>
    <message>
        <source>Ask for a new password at the first sign-in</source>
        <translation>Bei der ersten Anmeldung ein neues Passwort verlangen</translation>
    </message>
</context>
<context>
    <name>precis::ui::AdminActionDialog</name>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>The vault asks for your own password again before each change.</source>
        <translation>Der Tresor fragt vor jeder Änderung erneut nach Ihrem eigenen Passwort.</translation>
    </message>
    <message>
        <source>&amp;Your password</source>
        <translation>&amp;Ihr Passwort</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Enter your own password to confirm this change.</source>
        <translation>Geben Sie Ihr eigenes Passwort ein, um diese Änderung zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>precis::ui::AdminText</name>
    <message>
        <source>Your password was not accepted. Nothing was changed.</source>
        <translation>Ihr Passwort wurde nicht angenommen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your roles do not allow this. Only an administrator may manage the vault.</source>
        <translation>Ihre Rollen erlauben das nicht. Nur ein Administrator darf den Tresor verwalten.</translation>
    </message>
    <message>
        <source>The new password does not meet the password rules.</source>
        <translation>Das neue Passwort erfüllt die Passwortregeln nicht.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>This cannot be done for “%1”: a new user needs a name no one has, you cannot remove yourself, and the vault keeps at least one administrator.</source>
        <extracomment>%1 user name</extracomment>
        <translation>Das ist für „%1“ nicht möglich: Ein neuer Benutzer braucht einen Namen, den noch niemand hat, Sie können sich nicht selbst entfernen, und der Tresor behält mindestens einen Administrator.</translation>
    </message>
    <message>
        <source>“%1” cannot be used: choose another file, not one of the vault&apos;s own files.</source>
        <extracomment>%1 file path</extracomment>
        <translation>„%1“ kann nicht verwendet werden: Wählen Sie eine andere Datei, keine der Dateien des Tresors selbst.</translation>
    </message>
    <message>
        <source>A value was not accepted. Nothing was changed.</source>
        <translation>Ein Wert wurde nicht angenommen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The user “%1” no longer exists.</source>
        <translation>Den Benutzer „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The file “%1” was not found.</source>
        <translation>Die Datei „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>A file this task needs was not found.</source>
        <translation>Eine Datei, die diese Aufgabe braucht, wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>A file of the vault or of the backup is damaged, so nothing was changed. Run a vault check, or restore another backup.</source>
        <translation>Eine Datei des Tresors oder der Sicherung ist beschädigt, daher wurde nichts geändert. Führen Sie eine Tresorprüfung durch oder stellen Sie eine andere Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read or written. Check the disk, the free space and the folder&apos;s permissions.</source>
        <translation>Die Datei „%1“ konnte nicht gelesen oder geschrieben werden. Prüfen Sie den Datenträger, den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>A file could not be read or written. Check the disk, the free space and the folder&apos;s permissions.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden. Prüfen Sie den Datenträger, den freien Speicherplatz und die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>This task is not available for this vault at the moment. Lock the vault, sign in again and retry.</source>
        <translation>Diese Aufgabe ist für diesen Tresor gerade nicht verfügbar. Sperren Sie den Tresor, melden Sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>An internal check failed, so nothing was changed. Lock the vault and try again.</source>
        <translation>Eine interne Prüfung ist fehlgeschlagen, daher wurde nichts geändert. Sperren Sie den Tresor und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>At least %1 characters (%2 so far).</source>
        <translation>Mindestens %1 Zeichen (bisher %2).</translation>
    </message>
    <message>
        <source>At most %1 characters (%2 typed).</source>
        <translation>Höchstens %1 Zeichen (%2 eingegeben).</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Das Passwort darf nicht der Benutzername sein.</translation>
    </message>
    <message>
        <source>The demo password is accepted only in demo vaults.</source>
        <translation>Das Demo-Passwort gilt nur in Demo-Tresoren.</translation>
    </message>
    <message>
        <source>This password is on the list of common passwords. Choose another.</source>
        <translation>Dieses Passwort steht auf der Liste häufiger Passwörter. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The password meets the rules. Type it again below.</source>
        <translation>Das Passwort erfüllt die Regeln. Geben Sie es unten noch einmal ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>A user name has at most 64 characters.</source>
        <translation>Ein Benutzername hat höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <source>A user name has no spaces and no commas.</source>
        <translation>Ein Benutzername enthält keine Leerzeichen und keine Kommas.</translation>
    </message>
    <message>
        <source>“recovery” is reserved for the recovery key.</source>
        <translation>„recovery“ ist für den Wiederherstellungsschlüssel reserviert.</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>Es gibt bereits einen Benutzer „%1“.</translation>
    </message>
    <message>
        <source>The vault must keep at least one administrator.</source>
        <translation>Der Tresor muss mindestens einen Administrator behalten.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel geöffnet</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Chart opened</source>
        <translation>Akte geöffnet</translation>
    </message>
    <message>
        <source>Patient list read</source>
        <translation>Patientenliste gelesen</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Patientensuche</translation>
    </message>
    <message>
        <source>Chart written</source>
        <translation>Akte geschrieben</translation>
    </message>
    <message>
        <source>Value corrected</source>
        <translation>Wert korrigiert</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Tresor angelegt</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rollen geändert</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation>Datenschlüssel gewechselt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sicherung geschrieben</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>Aus Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Audit chain verified</source>
        <translation>Protokollkette geprüft</translation>
    </message>
    <message>
        <source>Vault checked</source>
        <translation>Tresor geprüft</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>Protokoll gelesen</translation>
    </message>
    <message>
        <source>Backup checked</source>
        <translation>Sicherung geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) fail their check, the first is page %1.</source>
        <translation>
            <numerusform>%n Seite besteht ihre Prüfung nicht: Seite %1.</numerusform>
            <numerusform>%n Seiten bestehen ihre Prüfung nicht, die erste ist Seite %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database structure check found %n problem(s).</source>
        <translation>
            <numerusform>Die Prüfung der Datenbankstruktur fand %n Problem.</numerusform>
            <numerusform>Die Prüfung der Datenbankstruktur fand %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose your own password first: sign out, and sign in again to choose it.</source>
        <translation>Wählen Sie zuerst Ihr eigenes Passwort: Melden Sie sich ab und wieder an, um es festzulegen.</translation>
    </message>
</context>
<context>
    <name>precis::ui::AdministrationWidget</name>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 user name, %2 roles</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
    <message>
        <source>&amp;Users and Roles</source>
        <translation>&amp;Benutzer und Rollen</translation>
    </message>
    <message>
        <source>&amp;Backups and Keys</source>
        <translation>&amp;Sicherungen und Schlüssel</translation>
    </message>
    <message>
        <source>Audit &amp;Trail</source>
        <translation>Prot&amp;okoll</translation>
    </message>
</context>
<context>
    <name>precis::ui::AssessmentDialog</name>
    <message>
        <source>Recorded Assessment</source>
        <translation>Dokumentierte Beurteilung</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2, values as of %3. Shown exactly as recorded; nothing is recomputed.</source>
        <extracomment>%1 user, %2 date and time recorded, %3 as-of date</extracomment>
        <translation>Dokumentiert von %1 am %2, Werte mit Stand %3. Genau so angezeigt, wie dokumentiert; nichts wird neu berechnet.</translation>
    </message>
    <message>
        <source>This assessment cannot be shown by this version of Precis (%1). It is kept unchanged in the vault.</source>
        <translation>Diese Beurteilung kann von dieser Version von Precis nicht angezeigt werden (%1). Sie bleibt unverändert im Tresor gespeichert.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Warnings or reason</source>
        <translation>Warnungen oder Grund</translation>
    </message>
    <message>
        <source>cannot compute</source>
        <translation>nicht berechenbar</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>Eingabewerte: %1</translation>
    </message>
</context>
<context>
    <name>precis::ui::AuditPanel</name>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Filter by patient ID</source>
        <translation>Nach Patienten-ID filtern</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Vo&amp;n</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>B&amp;is</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Read the audit trail again</source>
        <translation>Das Protokoll erneut lesen</translation>
    </message>
    <message>
        <source>Check every row of the hash chain</source>
        <translation>Jede Zeile der Hash-Kette prüfen</translation>
    </message>
    <message>
        <source>Head of the audit chain</source>
        <translation>Kopf der Protokollkette</translation>
    </message>
    <message>
        <source>Head now</source>
        <translation>Kopf jetzt</translation>
    </message>
    <message>
        <source>Copy the head (row count and hash) to write it down elsewhere</source>
        <translation>Den Kopf (Zeilenzahl und Hash) kopieren, um ihn anderswo festzuhalten</translation>
    </message>
    <message>
        <source>Reading the audit trail.</source>
        <translation>Das Protokoll wird gelesen.</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows.</source>
        <extracomment>%1 rows shown, %2 rows in the trail</extracomment>
        <translation>%1 von %2 Zeilen angezeigt.</translation>
    </message>
    <message>
        <source>Verifying every row of the audit chain.</source>
        <translation>Jede Zeile der Protokollkette wird geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>The audit chain is intact: %Ln row(s) verified. Write the head below down outside this computer: a later check that no longer finds it reveals that the vault was rolled back.</source>
        <translation>
            <numerusform>Die Protokollkette ist intakt: %Ln Zeile geprüft. Notieren Sie den Kopf unten außerhalb dieses Computers: Findet eine spätere Prüfung ihn nicht mehr, wurde der Tresor zurückgesetzt.</numerusform>
            <numerusform>Die Protokollkette ist intakt: %Ln Zeilen geprüft. Notieren Sie den Kopf unten außerhalb dieses Computers: Findet eine spätere Prüfung ihn nicht mehr, wurde der Tresor zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit chain is broken at row %1: a row was changed, removed or reordered. Keep this vault as it is, restore a backup to a new file for comparison, and report it.</source>
        <translation>Die Protokollkette ist bei Zeile %1 unterbrochen: Eine Zeile wurde geändert, entfernt oder umgestellt. Lassen Sie diesen Tresor unverändert, stellen Sie zum Vergleich eine Sicherung in eine neue Datei wieder her und melden Sie den Vorfall.</translation>
    </message>
    <message>
        <source>The audit chain&apos;s head does not match its rows: rows at the end were removed, or the head record was changed. Keep this vault as it is and report it.</source>
        <translation>Der Kopf der Protokollkette passt nicht zu ihren Zeilen: Zeilen am Ende wurden entfernt oder der Kopfeintrag wurde geändert. Lassen Sie diesen Tresor unverändert und melden Sie den Vorfall.</translation>
    </message>
    <message>
        <source>&amp;Show All</source>
        <translation>&amp;Alle zeigen</translation>
    </message>
    <message>
        <source>Us&amp;er</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>Patient &amp;ID</source>
        <translation>Patienten-I&amp;D</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;lesen</translation>
    </message>
    <message>
        <source>Ve&amp;rify Chain</source>
        <translation>Kette p&amp;rüfen</translation>
    </message>
    <message>
        <source>Cop&amp;y Head</source>
        <translation>Kopf kopi&amp;eren</translation>
    </message>
</context>
<context>
    <name>precis::ui::AuditTableModel</name>
    <message>
        <source>%1 (UTC, as stored)</source>
        <extracomment>Tooltip: the stored UTC time of an audit row</extracomment>
        <translation>%1 (UTC, wie gespeichert)</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Audit table column: the row&apos;s number in the chain</extracomment>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <extracomment>Audit table column: the patient&apos;s internal id (no name is shown here)</extracomment>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>precis::ui::BackupDialog</name>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Die Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>Sicherungs&amp;datei</translation>
    </message>
    <message>
        <source>Back Up Vault</source>
        <translation>Tresor sichern</translation>
    </message>
    <message>
        <source>The backup is an encrypted copy of the vault and its key file (a second file ending .keys), readable with the passwords and the recovery key valid today. Keep it on another disk, locked away. It is checked after writing.</source>
        <translation>Die Sicherung ist eine verschlüsselte Kopie des Tresors und seiner Schlüsseldatei (eine zweite Datei mit der Endung .keys), lesbar mit den heute gültigen Passwörtern und dem heutigen Wiederherstellungsschlüssel. Bewahren Sie sie auf einem anderen Datenträger unter Verschluss auf. Sie wird nach dem Schreiben geprüft.</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>Precis vaults (*.precis)</source>
        <translation>Precis-Tresore (*.precis)</translation>
    </message>
    <message>
        <source>Choose where to write the backup.</source>
        <translation>Wählen Sie, wohin die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <source>The backup must not replace the vault itself. Choose another file.</source>
        <translation>Die Sicherung darf den Tresor selbst nicht ersetzen. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Writing and checking the backup %1.</source>
        <translation>Die Sicherung %1 wird geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>The backup was written but does not pass its check: %1 Do not rely on it; write it again, preferably to another disk.</source>
        <translation>Die Sicherung wurde geschrieben, besteht aber ihre Prüfung nicht: %1 Verlassen Sie sich nicht darauf; schreiben Sie sie erneut, am besten auf einen anderen Datenträger.</translation>
    </message>
</context>
<context>
    <name>precis::ui::ChartPanel</name>
    <message>
        <source>Chart values as a table</source>
        <translation>Diagrammwerte als Tabelle</translation>
    </message>
    <message>
        <source>Show as Ta&amp;ble</source>
        <translation>Als &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <source>The chart&apos;s numbers as a table (for screen readers and keyboard)</source>
        <translation>Die Zahlen des Diagramms als Tabelle (für Screenreader und Tastatur)</translation>
    </message>
    <message>
        <source>Show as &amp;Chart</source>
        <translation>Als &amp;Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>precis::ui::ChooseOwnPasswordDialog</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Choose Your Password</source>
        <translation>Eigenes Passwort wählen</translation>
    </message>
    <message>
        <source>An administrator set your current password, so someone else knows it. Choose your own password before you continue; the current one stops working at once. Cancel signs you out.</source>
        <translation>Ihr aktuelles Passwort wurde von einem Administrator festgelegt, jemand anderes kennt es also. Wählen Sie Ihr eigenes Passwort, bevor Sie fortfahren; das aktuelle gilt danach sofort nicht mehr. Abbrechen meldet Sie ab.</translation>
    </message>
    <message>
        <source>&amp;Set My Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>The new password must differ from the one the administrator set.</source>
        <translation>Das neue Passwort muss sich von dem unterscheiden, das der Administrator festgelegt hat.</translation>
    </message>
    <message>
        <source>Setting your new password. Deriving its key takes a moment.</source>
        <translation>Ihr neues Passwort wird festgelegt. Das Ableiten des Schlüssels dauert einen Moment.</translation>
    </message>
</context>
<context>
    <name>precis::ui::ComparisonPanel</name>
    <message>
        <source>Cardiovascular models side by side</source>
        <translation>Kardiovaskuläre Modelle im Vergleich</translation>
    </message>
    <message>
        <source>cannot compute</source>
        <translation>nicht berechenbar</translation>
    </message>
    <message>
        <source>The models answer different questions: they were derived in different populations and decades, count different events (PREVENT&apos;s total CVD includes heart failure; SCORE2 counts fatal and non-fatal events; QRISK3 includes TIA) and some are recalibrated to a region. Differences between them are expected; use the one your guideline names.</source>
        <translation>Die Modelle beantworten unterschiedliche Fragen: Sie wurden in unterschiedlichen Populationen und Jahrzehnten entwickelt, zählen unterschiedliche Ereignisse (die Gesamt-CVD von PREVENT schließt Herzinsuffizienz ein; SCORE2 zählt tödliche und nicht tödliche Ereignisse; QRISK3 schließt TIA ein), und einige sind auf eine Region rekalibriert. Unterschiede zwischen ihnen sind zu erwarten; verwenden Sie das Modell, das Ihre Leitlinie nennt.</translation>
    </message>
    <message>
        <source>The PCE use race; PREVENT, shown beside them, does not. The AHA moved away from race because it stands in for social and environmental exposures rather than biology.</source>
        <translation>Die PCE verwenden die Abstammung; PREVENT, daneben angezeigt, tut dies nicht. Die AHA ist davon abgerückt, weil die Abstammung für soziale und umweltbedingte Einflüsse steht und nicht für Biologie.</translation>
    </message>
    <message>
        <source>No cardiovascular model could compute a result for this patient.</source>
        <translation>Kein kardiovaskuläres Modell konnte für diesen Patienten ein Ergebnis berechnen.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>10-year risk</source>
        <translation>10-Jahres-Risiko</translation>
    </message>
</context>
<context>
    <name>precis::ui::ContributionPanel</name>
    <message>
        <source>Contributions to the selected risk</source>
        <translation>Beiträge zum ausgewählten Risiko</translation>
    </message>
    <message>
        <source>Select a risk card with a result to see where the risk comes from.</source>
        <translation>Wählen Sie eine Risikokarte mit Ergebnis aus, um zu sehen, wodurch das Risiko zustande kommt.</translation>
    </message>
    <message>
        <source>No result to explain.</source>
        <translation>Kein Ergebnis, das erklärt werden kann.</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>Prozentpunkte</translation>
    </message>
    <message>
        <source>%1: this patient %2 against %3 for the card&apos;s reference profile (same age and sex). Each bar is that factor&apos;s share of the difference, in %4; the bars add up to the difference.</source>
        <extracomment>%1 model, %2 patient&apos;s value, %3 reference value, %4 unit word</extracomment>
        <translation>%1: bei diesem Patienten %2 gegenüber %3 beim Referenzprofil der Karte (gleiches Alter und Geschlecht). Jeder Balken ist der Anteil dieses Faktors an der Differenz (%4); zusammen ergeben die Balken die Differenz.</translation>
    </message>
    <message>
        <source>Raises the risk</source>
        <translation>Erhöht das Risiko</translation>
    </message>
    <message>
        <source>Lowers the risk</source>
        <translation>Senkt das Risiko</translation>
    </message>
    <message>
        <source>raises</source>
        <translation>erhöht</translation>
    </message>
    <message>
        <source>lowers</source>
        <translation>senkt</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Contribution (%1)</source>
        <translation>Beitrag (%1)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>This result cannot be explained against the model&apos;s reference profile: the model cannot score the reference values of some factors for this patient.</source>
        <translation>Dieses Ergebnis kann nicht im Vergleich zum Referenzprofil des Modells erklärt werden: Das Modell kann die Referenzwerte einiger Faktoren für diese Patientin oder diesen Patienten nicht berechnen.</translation>
    </message>
    <message>
        <source>This result cannot be explained against the model&apos;s reference profile.</source>
        <translation>Dieses Ergebnis kann nicht im Vergleich zum Referenzprofil des Modells erklärt werden.</translation>
    </message>
</context>
<context>
    <name>precis::ui::Format</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Diverse</source>
        <extracomment>Administrative sex other than female or male (FHIR &quot;other&quot;; German &quot;divers&quot;).</extracomment>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Pflegefachkraft</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Arzt/Ärztin</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>precis::ui::GenomicsView</name>
    <message>
        <source>clopidogrel</source>
        <translation>Clopidogrel</translation>
    </message>
    <message>
        <source>statins (simvastatin, atorvastatin and others)</source>
        <translation>Statine (Simvastatin, Atorvastatin und andere)</translation>
    </message>
    <message>
        <source>rosuvastatin</source>
        <translation>Rosuvastatin</translation>
    </message>
    <message>
        <source>warfarin; fluvastatin</source>
        <translation>Warfarin; Fluvastatin</translation>
    </message>
    <message>
        <source>warfarin</source>
        <translation>Warfarin</translation>
    </message>
    <message>
        <source>fluoropyrimidines (fluorouracil, capecitabine)</source>
        <translation>Fluoropyrimidine (Fluorouracil, Capecitabin)</translation>
    </message>
    <message>
        <source>irinotecan</source>
        <translation>Irinotecan</translation>
    </message>
    <message>
        <source>codeine, tramadol and others (not interpreted by Precis)</source>
        <translation>Codein, Tramadol und andere (von Precis nicht interpretiert)</translation>
    </message>
    <message>
        <source>abacavir, allopurinol, carbamazepine (not interpreted by Precis)</source>
        <translation>Abacavir, Allopurinol, Carbamazepin (von Precis nicht interpretiert)</translation>
    </message>
    <message>
        <source>Ultrarapid Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Ultraschneller Metabolisierer</translation>
    </message>
    <message>
        <source>Rapid Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Schneller Metabolisierer</translation>
    </message>
    <message>
        <source>Normal Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Normaler Metabolisierer</translation>
    </message>
    <message>
        <source>Likely Intermediate Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Wahrscheinlich intermediärer Metabolisierer</translation>
    </message>
    <message>
        <source>Intermediate Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Intermediärer Metabolisierer</translation>
    </message>
    <message>
        <source>Possible Intermediate Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Möglicherweise intermediärer Metabolisierer</translation>
    </message>
    <message>
        <source>Likely Poor Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Wahrscheinlich langsamer Metabolisierer</translation>
    </message>
    <message>
        <source>Poor Metabolizer</source>
        <extracomment>CPIC phenotype term</extracomment>
        <translation>Langsamer Metabolisierer</translation>
    </message>
    <message>
        <source>Increased Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Erhöhte Funktion</translation>
    </message>
    <message>
        <source>Normal Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Normale Funktion</translation>
    </message>
    <message>
        <source>Decreased Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Verminderte Funktion</translation>
    </message>
    <message>
        <source>Possible Decreased Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Möglicherweise verminderte Funktion</translation>
    </message>
    <message>
        <source>Poor Function</source>
        <extracomment>CPIC phenotype term for transporters</extracomment>
        <translation>Fehlende Funktion</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <extracomment>CPIC phenotype term: the result cannot be interpreted (e.g. positions untested)</extracomment>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Pharmacogenomic results</source>
        <translation>Pharmakogenomische Befunde</translation>
    </message>
    <message>
        <source>A gene not listed was not tested. Untested positions and Indeterminate results are marked: they are never normal.</source>
        <translation>Ein nicht aufgeführtes Gen wurde nicht getestet. Nicht getestete Positionen und unbestimmte Befunde sind markiert: Sie gelten nie als normal.</translation>
    </message>
    <message>
        <source>Import VC&amp;F...</source>
        <translation>VCF &amp;importieren...</translation>
    </message>
    <message>
        <source>Call the pharmacogenes from a VCF or BCF file and store the results (physicians)</source>
        <translation>Die Pharmakogene aus einer VCF- oder BCF-Datei bestimmen und die Befunde speichern (Ärztinnen und Ärzte)</translation>
    </message>
    <message>
        <source>Gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <source>Diplotype</source>
        <translation>Diplotyp</translation>
    </message>
    <message>
        <source>Phenotype</source>
        <translation>Phänotyp</translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation>Aktivitätswert</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getestet</translation>
    </message>
    <message>
        <source>Untested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Drugs affected</source>
        <translation>Betroffene Arzneimittel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Positions of the gene&apos;s allele definitions that the file covered</source>
        <translation>Positionen der Alleldefinitionen des Gens, die die Datei abdeckt</translation>
    </message>
    <message>
        <source>Positions of the gene&apos;s allele definitions that the file did not cover</source>
        <translation>Positionen der Alleldefinitionen des Gens, die die Datei nicht abdeckt</translation>
    </message>
    <message>
        <source>Not interpreted (outside result)</source>
        <translation>Nicht interpretiert (externer Befund)</translation>
    </message>
    <message>
        <source>%1 (positions untested)</source>
        <extracomment>%1 a phenotype, e.g. &quot;Normal Metabolizer&quot;</extracomment>
        <translation>%1 (Positionen nicht getestet)</translation>
    </message>
    <message>
        <source>Indeterminate: the result cannot be interpreted. It is not a normal result. %1</source>
        <translation>Unbestimmt: Der Befund kann nicht interpretiert werden. Er ist kein Normalbefund. %1</translation>
    </message>
    <message>
        <source>Some positions were not tested: an allele there would not have been seen. %1</source>
        <translation>Einige Positionen wurden nicht getestet: Ein Allel dort wäre nicht erkannt worden. %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <extracomment>Activity score not defined for this gene</extracomment>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n untested: %1</source>
        <translation>
            <numerusform>%n nicht getestet: %1</numerusform>
            <numerusform>%n nicht getestet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>VCF</source>
        <translation>VCF</translation>
    </message>
    <message>
        <source>VCF, sample %1</source>
        <translation>VCF, Probe %1</translation>
    </message>
    <message>
        <source>Typed in</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>Outside result</source>
        <translation>Externer Befund</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 source, %2 date recorded</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Erfasst von %1</translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation>Datei-SHA-256: %1</translation>
    </message>
    <message>
        <source>Allele definitions: %1</source>
        <translation>Alleldefinitionen: %1</translation>
    </message>
    <message>
        <source>Tumour type (OncoTree): %1</source>
        <translation>Tumortyp (OncoTree): %1</translation>
    </message>
    <message>
        <source>Listed regions were assumed to be reference.</source>
        <translation>Aufgeführte Regionen wurden als Referenz angenommen.</translation>
    </message>
    <message>
        <source>No pharmacogenomic results are stored for this patient.</source>
        <translation>Für diese Person sind keine pharmakogenomischen Befunde gespeichert.</translation>
    </message>
    <message>
        <source>Import VCF</source>
        <translation>VCF importieren</translation>
    </message>
    <message>
        <source>Variant files (*.vcf *.vcf.gz *.bcf);;All files (*)</source>
        <translation>Variantendateien (*.vcf *.vcf.gz *.bcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading and calling the file...</source>
        <translation>Die Datei wird gelesen und ausgewertet...</translation>
    </message>
    <message>
        <source>Calling the pharmacogenes...</source>
        <translation>Die Pharmakogene werden bestimmt...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Import abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n gene result(s) stored from sample %1.</source>
        <translation>
            <numerusform>%n Genbefund aus Probe %1 gespeichert.</numerusform>
            <numerusform>%n Genbefunde aus Probe %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only physicians can import genomic results. Nothing was stored.</source>
        <translation>Nur Ärztinnen und Ärzte können genomische Befunde importieren. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Your session does not allow this import. Nothing was stored.</source>
        <translation>Ihre Sitzung erlaubt diesen Import nicht. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The file is malformed at %1. Nothing was stored.</source>
        <extracomment>%1 where in the file (e.g. &quot;line 12, POS&quot;)</extracomment>
        <translation>Die Datei ist fehlerhaft bei %1. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The file cannot be read. Nothing was stored.</source>
        <translation>Die Datei kann nicht gelesen werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The results could not be stored. Nothing was stored; lock the vault and ask your administrator to run a vault check.</source>
        <translation>Die Befunde konnten nicht gespeichert werden. Es wurde nichts gespeichert; sperren Sie den Tresor und bitten Sie Ihre Administration, eine Tresorprüfung durchzuführen.</translation>
    </message>
    <message>
        <source>Tumour findings</source>
        <translation>Tumorbefunde</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Therapie</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Evidenzgrad</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>On-label: evidence for this tumour type (or a type it belongs to); tissue-agnostic: approved for the biomarker in any solid tumour the label does not exclude; other tumour: evidence for other types only</source>
        <translation>Zugelassene Indikation: Evidenz für diesen Tumortyp (oder einen übergeordneten Typ); tumorunabhängig: für den Biomarker bei jedem soliden Tumor zugelassen, den die Fachinformation nicht ausschließt; andere Tumortypen: Evidenz nur für andere Typen</translation>
    </message>
    <message>
        <source>The tumour findings could not be read. Lock the vault and ask your administrator to run a vault check.</source>
        <translation>Die Tumorbefunde konnten nicht gelesen werden. Sperren Sie den Tresor und bitten Sie Ihre Administration, eine Tresorprüfung durchzuführen.</translation>
    </message>
    <message>
        <source>on-label</source>
        <extracomment>Tumour finding context: evidence for the patient&apos;s tumour type</extracomment>
        <translation>zugelassene Indikation</translation>
    </message>
    <message>
        <source>tissue-agnostic</source>
        <extracomment>Tumour finding context: approved for the biomarker whatever the tumour type</extracomment>
        <translation>tumorunabhängig</translation>
    </message>
    <message>
        <source>other tumour types</source>
        <extracomment>Tumour finding context: evidence for other tumour types only</extracomment>
        <translation>andere Tumortypen</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <extracomment>Tumour finding effect: the variant predicts response to the therapy</extracomment>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>resistance</source>
        <extracomment>Tumour finding effect: the variant predicts resistance to the therapy</extracomment>
        <translation>Resistenz</translation>
    </message>
    <message>
        <source>No tumour file is stored for this patient.</source>
        <translation>Für diese Person ist keine Tumordatei gespeichert.</translation>
    </message>
    <message>
        <source>Tumour type %1 (OncoTree), imported on %2 by %3; matched with tumour knowledge %4 and %5. Only listed variants are matched; a variant not listed matched nothing.</source>
        <extracomment>%1 OncoTree code, %2 date, %3 user, %4 tumour knowledge version, %5 OncoTree release</extracomment>
        <translation>Tumortyp %1 (OncoTree), importiert am %2 von %3; abgeglichen mit dem Tumorwissen %4 und %5. Nur aufgeführte Varianten wurden zugeordnet; eine nicht aufgeführte Variante ergab keinen Treffer.</translation>
    </message>
    <message>
        <source>No variant in the file has an entry in the knowledge.</source>
        <translation>Keine Variante der Datei hat einen Eintrag im Tumorwissen.</translation>
    </message>
    <message>
        <source>Evidence for: %1</source>
        <extracomment>%1 OncoTree codes of the evidence behind a tumour finding</extracomment>
        <translation>Evidenz für: %1</translation>
    </message>
    <message>
        <source>Enter &amp;Result...</source>
        <translation>&amp;Ergebnis eingeben...</translation>
    </message>
    <message>
        <source>Type in one gene&apos;s result from a laboratory report (physicians)</source>
        <translation>Das Ergebnis eines Gens aus einem Laborbefund eingeben (Ärztinnen und Ärzte)</translation>
    </message>
    <message>
        <source>The result was not stored: the vault refused it (%1).</source>
        <translation>Das Ergebnis wurde nicht gespeichert: Der Tresor hat es abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The %1 result was stored.</source>
        <extracomment>%1 gene</extracomment>
        <translation>Das %1-Ergebnis wurde gespeichert.</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>thiopurines (azathioprine, mercaptopurine, thioguanine)</source>
        <translation>Thiopurine (Azathioprin, Mercaptopurin, Tioguanin)</translation>
    </message>
    <message>
        <source>%1: no genotype-based recommendation (phenotype not determined)</source>
        <extracomment>%1 a drug; the phenotype was Indeterminate or not given</extracomment>
        <translation>%1: keine genotypbasierte Empfehlung (Phänotyp nicht bestimmt)</translation>
    </message>
    <message>
        <source>%1: no recommendation in Precis&apos;s table for this phenotype</source>
        <translation>%1: keine Empfehlung in der Tabelle von Precis für diesen Phänotyp</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %4, %5)</source>
        <extracomment>%1 drug, %2 action, %3 source (CPIC, DPWG, FDA), %4 year, %5 strength</extracomment>
        <translation>%1: %2 (%3 %4, %5)</translation>
    </message>
    <message>
        <source>The recommendation table could not be read.</source>
        <translation>Die Empfehlungstabelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Import Tumour VCF</source>
        <translation>Tumor-VCF importieren</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>An OncoTree entry in a list: %1 code, %2 tumour type name (as OncoTree names it)</extracomment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Tumour type (OncoTree code):</source>
        <translation>Tumortyp (OncoTree-Code):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OncoTree code. Nothing was stored.</source>
        <extracomment>%1 what was typed</extracomment>
        <translation>„%1“ ist kein OncoTree-Code. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Reading and matching the tumour file...</source>
        <translation>Die Tumordatei wird gelesen und abgeglichen...</translation>
    </message>
    <message>
        <source>Matching the tumour&apos;s variants...</source>
        <translation>Die Varianten des Tumors werden abgeglichen...</translation>
    </message>
    <message numerus="yes">
        <source>%n tumour finding(s) stored for tumour type %1.</source>
        <translation>
            <numerusform>%n Tumorbefund für Tumortyp %1 gespeichert.</numerusform>
            <numerusform>%n Tumorbefunde für Tumortyp %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed variant(s) in records that failed the caller&apos;s filters were not matched.</source>
        <translation>
            <numerusform>%n gelistete Variante in Einträgen, die die Filter des Variant Callers nicht bestanden, wurde nicht abgeglichen.</numerusform>
            <numerusform>%n gelistete Varianten in Einträgen, die die Filter des Variant Callers nicht bestanden, wurden nicht abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import T&amp;umour VCF...</source>
        <translation>T&amp;umor-VCF importieren...</translation>
    </message>
    <message>
        <source>Match a tumour&apos;s somatic VCF to targeted therapies and store the findings (physicians)</source>
        <translation>Die somatische VCF eines Tumors mit zielgerichteten Therapien abgleichen und die Befunde speichern (Ärztinnen und Ärzte)</translation>
    </message>
    <message>
        <source>%1; advice: %2 (%3)</source>
        <extracomment>%1 the line before, %2 the guideline&apos;s advice, %3 its strength</extracomment>
        <translation>%1; Empfehlung: %2 (%3)</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the notes of one gene&apos;s call</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>no CPIC phenotype</source>
        <extracomment>Phenotype cell of a gene for which CPIC defines no phenotype (CYP4F2)</extracomment>
        <translation>kein CPIC-Phänotyp</translation>
    </message>
    <message>
        <source>FDA label</source>
        <translation>FDA-Fachinformation</translation>
    </message>
    <message numerus="yes">
        <source>The file holds %n samples. Which one is this patient&apos;s?</source>
        <extracomment>%n samples in the file; the user picks the patient&apos;s</extracomment>
        <translation>
            <numerusform>Die Datei enthält %n Probe. Welche gehört zu diesem Patienten?</numerusform>
            <numerusform>Die Datei enthält %n Proben. Welche gehört zu diesem Patienten?</numerusform>
        </translation>
    </message>
    <message>
        <source>chromosome %1 is %2 bases long</source>
        <extracomment>%1 a chromosome (&quot;10&quot;), %2 its length in the file&apos;s ##contig line</extracomment>
        <translation>Chromosom %1 ist %2 Basen lang</translation>
    </message>
    <message>
        <source>##reference=%1</source>
        <translation>##reference=%1</translation>
    </message>
    <message>
        <source>no ##reference line and no ##contig lengths</source>
        <translation>keine ##reference-Zeile und keine ##contig-Längen</translation>
    </message>
    <message>
        <source>Precis reads GRCh38 files only: lift the file over to GRCh38 or re-call it against GRCh38, with ##contig lines that give lengths. Nothing was stored.</source>
        <translation>Precis liest nur GRCh38-Dateien: Übertragen Sie die Datei auf GRCh38 (Liftover) oder rufen Sie die Varianten gegen GRCh38 neu auf, mit ##contig-Zeilen, die Längen angeben. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The file is on the GRCh37 genome build (%1).</source>
        <translation>Die Datei verwendet die Genomversion GRCh37 (%1).</translation>
    </message>
    <message>
        <source>The file&apos;s header contradicts itself: its ##reference names GRCh37 (%1) but its contig lengths are GRCh38. Correct the header. Nothing was stored.</source>
        <translation>Der Dateikopf widerspricht sich: ##reference nennt GRCh37 (%1), die Contig-Längen sind aber die von GRCh38. Korrigieren Sie den Dateikopf. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The file&apos;s genome build cannot be told.</source>
        <translation>Die Genomversion der Datei lässt sich nicht bestimmen.</translation>
    </message>
    <message>
        <source>The file&apos;s genome build cannot be told (%1).</source>
        <translation>Die Genomversion der Datei lässt sich nicht bestimmen (%1).</translation>
    </message>
    <message>
        <source>The file has no sample “%1”. Nothing was stored.</source>
        <translation>Die Datei enthält keine Probe „%1“. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>precis::ui::GenotypeEntryDialog</name>
    <message>
        <source>Enter Laboratory Result</source>
        <translation>Laborbefund eingeben</translation>
    </message>
    <message>
        <source>One gene&apos;s result as the laboratory report gives it. It is stored in the patient&apos;s record as typed in, with your name and the time; it cannot be edited later, a newer result replaces it and both are kept.</source>
        <translation>Das Ergebnis eines Gens, wie es im Laborbefund steht. Es wird mit Ihrem Namen und der Uhrzeit in der Akte gespeichert, wie eingegeben; es kann später nicht geändert werden, ein neueres Ergebnis ersetzt es und beide bleiben erhalten.</translation>
    </message>
    <message>
        <source>Laboratory and report date (optional)</source>
        <translation>Labor und Befunddatum (optional)</translation>
    </message>
    <message>
        <source>&amp;Gene:</source>
        <translation>&amp;Gen:</translation>
    </message>
    <message>
        <source>&amp;Diplotype:</source>
        <translation>&amp;Diplotyp:</translation>
    </message>
    <message>
        <source>&amp;Phenotype (as reported):</source>
        <translation>&amp;Phänotyp (laut Befund):</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Befund:</translation>
    </message>
    <message>
        <source>&amp;Store Result</source>
        <translation>Ergebnis &amp;speichern</translation>
    </message>
    <message>
        <source>Not interpreted by Precis</source>
        <translation>Von Precis nicht interpretiert</translation>
    </message>
    <message>
        <source>e.g. *57:01/*08:01</source>
        <translation>z. B. *57:01/*08:01</translation>
    </message>
    <message>
        <source>e.g. *1/*4</source>
        <translation>z. B. *1/*4</translation>
    </message>
    <message>
        <source>Stored as the report gives it; Precis does not derive a phenotype or a drug recommendation from %1.</source>
        <translation>Wird gespeichert, wie der Befund es angibt; Precis leitet aus %1 weder einen Phänotyp noch eine Arzneimittelempfehlung ab.</translation>
    </message>
    <message>
        <source>Choose...</source>
        <extracomment>Placeholder: no phenotype chosen yet</extracomment>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>No CPIC phenotype for this gene</source>
        <translation>Kein CPIC-Phänotyp für dieses Gen</translation>
    </message>
    <message>
        <source>GG, GA or AA</source>
        <translation>GG, GA oder AA</translation>
    </message>
    <message>
        <source>The rs9923231 genotype on the gene&apos;s strand (c.-1639G&gt;A).</source>
        <translation>Der rs9923231-Genotyp auf dem Strang des Gens (c.-1639G&gt;A).</translation>
    </message>
    <message>
        <source>e.g. %1/%2</source>
        <translation>z. B. %1/%2</translation>
    </message>
    <message>
        <source>Alleles defined: %1</source>
        <translation>Definierte Allele: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the diplotype as the report gives it.</source>
        <translation>Geben Sie den Diplotyp so ein, wie er im Befund steht.</translation>
    </message>
    <message>
        <source>Not an HLA-B allele Precis accepts: one or two alleles such as *57:01 or *57:01/*08:01.</source>
        <translation>Kein HLA-B-Allel, das Precis annimmt: ein oder zwei Allele wie *57:01 oder *57:01/*08:01.</translation>
    </message>
    <message>
        <source>Not a CYP2D6 diplotype Precis accepts: two star alleles such as *1/*4, with a copy number as in *2x2/*4.</source>
        <translation>Kein CYP2D6-Diplotyp, den Precis annimmt: zwei Sternallele wie *1/*4, mit Kopienzahl wie in *2x2/*4.</translation>
    </message>
    <message>
        <source>Not a VKORC1 genotype: type GG, GA or AA.</source>
        <translation>Kein VKORC1-Genotyp: Geben Sie GG, GA oder AA ein.</translation>
    </message>
    <message>
        <source>Not a %1 diplotype Precis knows: two alleles defined for the gene, separated by &quot;/&quot;.</source>
        <translation>Kein %1-Diplotyp, den Precis kennt: zwei für das Gen definierte Allele, getrennt durch „/“.</translation>
    </message>
    <message>
        <source>no CPIC phenotype</source>
        <translation>kein CPIC-Phänotyp</translation>
    </message>
    <message>
        <source>Precis&apos;s definitions give %1 for %2.</source>
        <extracomment>%1 phenotype, %2 diplotype</extracomment>
        <translation>Nach den Definitionen in Precis ergibt %2: %1.</translation>
    </message>
    <message>
        <source>Activity score %1.</source>
        <translation>Aktivitätswert %1.</translation>
    </message>
    <message>
        <source>The phenotype chosen differs: it will be stored as reported, with this difference noted.</source>
        <translation>Der gewählte Phänotyp weicht ab: Er wird laut Befund gespeichert, die Abweichung wird vermerkt.</translation>
    </message>
</context>
<context>
    <name>precis::ui::IconArray</name>
    <message>
        <source>%1 of 100 figures filled</source>
        <translation>%1 von 100 Figuren ausgefüllt</translation>
    </message>
</context>
<context>
    <name>precis::ui::IntakeWidget</name>
    <message>
        <source>Pregnant</source>
        <translation>Schwanger</translation>
    </message>
    <message>
        <source>Acute coronary syndrome or PCI</source>
        <translation>Akutes Koronarsyndrom oder PCI</translation>
    </message>
    <message>
        <source>Mechanical heart valve</source>
        <translation>Mechanische Herzklappe</translation>
    </message>
    <message>
        <source>Moderate to severe mitral stenosis</source>
        <translation>Mittel- bis hochgradige Mitralstenose</translation>
    </message>
    <message>
        <source>On dialysis</source>
        <translation>Dialysepflichtig</translation>
    </message>
    <message>
        <source>Prior diabetic ketoacidosis</source>
        <translation>Frühere diabetische Ketoazidose</translation>
    </message>
    <message>
        <source>Personal or family history of medullary thyroid carcinoma or MEN 2</source>
        <translation>Medulläres Schilddrüsenkarzinom oder MEN 2 in der Eigen- oder Familienanamnese</translation>
    </message>
    <message>
        <source>Bleeding history</source>
        <translation>Blutungsanamnese</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Type 1</source>
        <translation>Typ 1</translation>
    </message>
    <message>
        <source>Type 2</source>
        <translation>Typ 2</translation>
    </message>
    <message>
        <source>Never smoked</source>
        <translation>Nie geraucht</translation>
    </message>
    <message>
        <source>Former smoker</source>
        <translation>Ex-Raucher</translation>
    </message>
    <message>
        <source>Current, light (under 10 a day)</source>
        <translation>Aktuell, leicht (unter 10 pro Tag)</translation>
    </message>
    <message>
        <source>Current, heavy (20 or more a day)</source>
        <translation>Aktuell, stark (20 oder mehr pro Tag)</translation>
    </message>
    <message>
        <source>Current, amount unknown</source>
        <translation>Aktuell, Menge unbekannt</translation>
    </message>
    <message>
        <source>Other relative (grandparent, aunt, uncle, cousin)</source>
        <translation>Andere Verwandte (Großeltern, Tante, Onkel, Cousin/Cousine)</translation>
    </message>
    <message>
        <source>First-degree relative (parent, sibling, child)</source>
        <translation>Verwandte ersten Grades (Eltern, Geschwister, Kinder)</translation>
    </message>
    <message>
        <source>&amp;Save Visit</source>
        <translation>Besuch &amp;speichern</translation>
    </message>
    <message>
        <source>Save every value of this visit in one step (Enter or Ctrl+S)</source>
        <translation>Alle Werte dieses Besuchs in einem Schritt speichern (Eingabe oder Strg+S)</translation>
    </message>
    <message>
        <source>%1  (Alt+%2)</source>
        <extracomment>Intake section title with its shortcut number</extracomment>
        <translation>%1  (Alt+%2)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>When the values were measured (not when they are typed)</source>
        <translation>Wann die Werte gemessen wurden (nicht wann sie eingegeben werden)</translation>
    </message>
    <message>
        <source>&amp;Measured at:</source>
        <translation>&amp;Gemessen am:</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Systolic (mmHg)</source>
        <translation>Systolisch (mmHg)</translation>
    </message>
    <message>
        <source>Diastolic (mmHg)</source>
        <translation>Diastolisch (mmHg)</translation>
    </message>
    <message>
        <source>Systolic reading %1</source>
        <translation>Systolische Messung %1</translation>
    </message>
    <message>
        <source>Diastolic reading %1</source>
        <translation>Diastolische Messung %1</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>BMI:</source>
        <translation>BMI:</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>eGFR (CKD-EPI 2021):</source>
        <translation>eGFR (CKD-EPI 2021):</translation>
    </message>
    <message>
        <source>Smoking, conditions and family history</source>
        <translation>Rauchen, Erkrankungen und Familienanamnese</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>Aktuelle Medikation</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>ATC</source>
        <translation>ATC</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>Generic name, e.g. atorvastatin</source>
        <translation>Wirkstoffname, z. B. Atorvastatin</translation>
    </message>
    <message>
        <source>New medication name</source>
        <translation>Name des neuen Medikaments</translation>
    </message>
    <message>
        <source>ATC, e.g. C10AA05</source>
        <translation>ATC, z. B. C10AA05</translation>
    </message>
    <message>
        <source>New medication ATC code</source>
        <translation>ATC-Code des neuen Medikaments</translation>
    </message>
    <message>
        <source>New medication start date</source>
        <translation>Beginndatum des neuen Medikaments</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Statin and blood-pressure treatment flags follow from this list.</source>
        <translation>Die Angaben zu Statin- und Blutdrucktherapie ergeben sich aus dieser Liste.</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Allergien und Unverträglichkeiten</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substanz</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Substance, e.g. statin</source>
        <translation>Substanz, z. B. Statin</translation>
    </message>
    <message>
        <source>Allergy substance</source>
        <translation>Substanz der Allergie</translation>
    </message>
    <message>
        <source>Reaction, e.g. myalgia</source>
        <translation>Reaktion, z. B. Myalgie</translation>
    </message>
    <message>
        <source>Allergy reaction</source>
        <translation>Reaktion der Allergie</translation>
    </message>
    <message>
        <source>Intolerance</source>
        <translation>Unverträglichkeit</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Safety facts</source>
        <translation>Sicherheitsrelevante Angaben</translation>
    </message>
    <message>
        <source>Blank means unknown, never “no”.</source>
        <translation>Leer bedeutet unbekannt, niemals „nein“.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Reading %1: diastolic must be below systolic.</source>
        <translation>Messung %1: Der diastolische Wert muss unter dem systolischen liegen.</translation>
    </message>
    <message>
        <source>Reading %1 is not a number.</source>
        <translation>Messung %1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>Mean %1 mmHg systolic</source>
        <translation>Mittelwert systolisch %1 mmHg</translation>
    </message>
    <message>
        <source>Mean %1/%2 mmHg</source>
        <translation>Mittelwert %1/%2 mmHg</translation>
    </message>
    <message>
        <source>SD of systolic %1 mmHg</source>
        <translation>SD systolisch %1 mmHg</translation>
    </message>
    <message>
        <source>from height and weight</source>
        <translation>aus Größe und Gewicht</translation>
    </message>
    <message>
        <source>%1 mL/min/1.73 m² (%2)</source>
        <translation>%1 mL/min/1,73 m² (%2)</translation>
    </message>
    <message>
        <source>from creatinine, age and sex (adults)</source>
        <translation>aus Kreatinin, Alter und Geschlecht (Erwachsene)</translation>
    </message>
    <message>
        <source>Refused: HDL above total cholesterol</source>
        <translation>Abgelehnt: HDL über Gesamtcholesterin</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Blood pressure reading %1 is refused: %2</source>
        <translation>Blutdruckmessung %1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>Give a diastolic value for every systolic reading, or none.</source>
        <translation>Geben Sie zu jeder systolischen Messung einen diastolischen Wert an oder zu keiner.</translation>
    </message>
    <message>
        <source>%1 is implausible: confirm it or correct it.</source>
        <translation>%1 ist unplausibel: Bestätigen oder korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>%1 is refused: see the reason next to the field.</source>
        <translation>%1 wird abgelehnt: Siehe Begründung neben dem Feld.</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Noch nichts zu speichern.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>The visit was not saved: %1</source>
        <translation>Der Besuch wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The visit was not saved: %1 is refused (%2).</source>
        <translation>Der Besuch wurde nicht gespeichert: %1 wird abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Your roles do not allow recording a visit. Nothing was saved.</source>
        <translation>Ihre Rollen erlauben das Erfassen eines Besuchs nicht. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The vault could not save the visit; nothing was saved. Lock the vault and ask your administrator to run a vault check.</source>
        <translation>Der Tresor konnte den Besuch nicht speichern; es wurde nichts gespeichert. Sperren Sie den Tresor und bitten Sie Ihren Administrator, eine Tresorprüfung durchzuführen.</translation>
    </message>
    <message>
        <source>Current, moderate (10–19 a day)</source>
        <translation>Aktuell, mäßig (10–19 pro Tag)</translation>
    </message>
    <message>
        <source>Refused: LDL above total cholesterol</source>
        <translation>Abgelehnt: LDL über Gesamtcholesterin</translation>
    </message>
</context>
<context>
    <name>precis::ui::MainWindow</name>
    <message>
        <source>Synthetic demo data — every patient in this vault is fictitious. Not for clinical use.</source>
        <translation>Synthetische Demodaten – alle Patientinnen und Patienten in diesem Tresor sind erfunden. Nicht für den klinischen Einsatz.</translation>
    </message>
    <message>
        <source>This user holds no role that can use Precis. Ask your administrator.</source>
        <translation>Dieser Benutzer hat keine Rolle, mit der Precis genutzt werden kann. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Open Vault...</source>
        <translation>Tresor ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Precis</source>
        <translation>Ü&amp;ber Precis</translation>
    </message>
    <message>
        <source>Precis</source>
        <translation>Precis</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Tresor jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Your roles do not allow opening the patient list.</source>
        <translation>Ihre Rollen erlauben nicht, die Patientenliste zu öffnen.</translation>
    </message>
    <message>
        <source>The patient list could not be read. Lock the vault and run a vault check, or ask your administrator.</source>
        <translation>Die Patientenliste konnte nicht gelesen werden. Sperren Sie den Tresor und führen Sie eine Tresorprüfung durch, oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patienten</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <source>Precis vaults (*.precis)</source>
        <translation>Precis-Tresore (*.precis)</translation>
    </message>
    <message>
        <source>About Precis</source>
        <translation>Über Precis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Precis %1&lt;/h3&gt;&lt;p&gt;Offline clinical decision support.&lt;/p&gt;&lt;p&gt;Precis supports the clinician; it never decides.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Precis %1&lt;/h3&gt;&lt;p&gt;Klinische Entscheidungsunterstützung, offline.&lt;/p&gt;&lt;p&gt;Precis unterstützt Ärztinnen, Ärzte und Pflegende; es entscheidet nie selbst.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 – Precis</source>
        <extracomment>Window title: %1 vault file name</extracomment>
        <translation>%1 – Precis</translation>
    </message>
    <message>
        <source>&amp;New Patient...</source>
        <translation>&amp;Neuer Patient...</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Knowledge sources&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Pharmacogene allele definitions and phenotypes: PharmGKB/PharmCAT (Mozilla Public License 2.0). Pharmacogenomic recommendations: CPIC (CC0 1.0), DPWG and drug labels, cited with each recommendation.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wissensquellen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Alleldefinitionen und Phänotypen der Pharmakogene: PharmGKB/PharmCAT (Mozilla Public License 2.0). Pharmakogenomische Empfehlungen: CPIC (CC0 1.0), DPWG und Fachinformationen, bei jeder Empfehlung zitiert.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>precis::ui::MeasurementField</name>
    <message>
        <source>Unit of %1</source>
        <translation>Einheit von %1</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>The value is outside the plausible range: confirm that it was measured and typed correctly.</source>
        <translation>Der Wert liegt außerhalb des plausiblen Bereichs: Bestätigen Sie, dass er korrekt gemessen und eingegeben wurde.</translation>
    </message>
    <message>
        <source>plausible %1–%2, possible %3–%4 %5</source>
        <extracomment>Intake field hint: plausible range, possible range, unit</extracomment>
        <translation>plausibel %1–%2, möglich %3–%4 %5</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Keine Zahl</translation>
    </message>
    <message>
        <source>Refused: outside the possible range %1–%2 %3</source>
        <translation>Abgelehnt: außerhalb des möglichen Bereichs %1–%2 %3</translation>
    </message>
    <message>
        <source>Implausible (plausible %1–%2 %3): confirm or correct</source>
        <translation>Unplausibel (plausibel %1–%2 %3): bestätigen oder korrigieren</translation>
    </message>
</context>
<context>
    <name>precis::ui::ModelCatalog</name>
    <message>
        <source>Cardiovascular</source>
        <translation>Kardiovaskulär</translation>
    </message>
    <message>
        <source>Kidney</source>
        <translation>Niere</translation>
    </message>
    <message>
        <source>Diabetes onset</source>
        <translation>Diabetes-Neuerkrankung</translation>
    </message>
    <message>
        <source>Atrial fibrillation</source>
        <translation>Vorhofflimmern</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>United Kingdom (NICE)</source>
        <translation>Vereinigtes Königreich (NICE)</translation>
    </message>
    <message>
        <source>Europe (ESC)</source>
        <translation>Europa (ESC)</translation>
    </message>
    <message>
        <source>United States (ACC/AHA)</source>
        <translation>Vereinigte Staaten (ACC/AHA)</translation>
    </message>
    <message>
        <source>Atherosclerotic cardiovascular disease</source>
        <translation>Atherosklerotische kardiovaskuläre Erkrankung</translation>
    </message>
    <message>
        <source>ASCVD risk with optimal risk factors</source>
        <translation>ASCVD-Risiko bei optimalen Risikofaktoren</translation>
    </message>
    <message>
        <source>Cardiovascular disease</source>
        <translation>Kardiovaskuläre Erkrankung</translation>
    </message>
    <message>
        <source>Lifetime cardiovascular disease</source>
        <translation>Kardiovaskuläre Erkrankung (Lebenszeit)</translation>
    </message>
    <message>
        <source>Heart failure</source>
        <translation>Herzinsuffizienz</translation>
    </message>
    <message>
        <source>Coronary heart disease</source>
        <translation>Koronare Herzkrankheit</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Schlaganfall</translation>
    </message>
    <message>
        <source>Heart age</source>
        <translation>Herzalter</translation>
    </message>
    <message>
        <source>Kidney failure</source>
        <translation>Nierenversagen</translation>
    </message>
    <message>
        <source>Estimated GFR</source>
        <translation>Geschätzte GFR</translation>
    </message>
    <message>
        <source>Type 2 diabetes</source>
        <translation>Typ-2-Diabetes</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stroke or thromboembolism per year</source>
        <translation>Schlaganfall oder Thromboembolie pro Jahr</translation>
    </message>
    <message>
        <source>Major bleeding per year</source>
        <translation>Schwere Blutung pro Jahr</translation>
    </message>
    <message>
        <source>Cardiovascular events</source>
        <translation>Kardiovaskuläre Ereignisse</translation>
    </message>
    <message>
        <source>will have a heart attack or stroke</source>
        <extracomment>Icon array sentence: &quot;Of 100 people like you, about %1 %2 in the next %3 years.&quot;</extracomment>
        <translation>einen Herzinfarkt oder Schlaganfall erleiden</translation>
    </message>
    <message>
        <source>will have a heart attack, stroke or heart failure</source>
        <translation>einen Herzinfarkt, einen Schlaganfall oder eine Herzinsuffizienz erleiden</translation>
    </message>
    <message>
        <source>will develop heart failure</source>
        <translation>eine Herzinsuffizienz entwickeln</translation>
    </message>
    <message>
        <source>will have a heart attack</source>
        <translation>einen Herzinfarkt erleiden</translation>
    </message>
    <message>
        <source>will have a stroke</source>
        <translation>einen Schlaganfall erleiden</translation>
    </message>
    <message>
        <source>will need dialysis or a kidney transplant</source>
        <translation>eine Dialyse oder Nierentransplantation benötigen</translation>
    </message>
    <message>
        <source>will develop type 2 diabetes</source>
        <translation>einen Typ-2-Diabetes entwickeln</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Borderline</source>
        <translation>Grenzbereich</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>Low to moderate</source>
        <translation>Niedrig bis moderat</translation>
    </message>
    <message>
        <source>Slightly elevated</source>
        <translation>Leicht erhöht</translation>
    </message>
    <message>
        <source>Nephrology referral</source>
        <extracomment>KFRE category (KDIGO 2024): refer to nephrology</extracomment>
        <translation>Überweisung zur Nephrologie</translation>
    </message>
    <message>
        <source>Multidisciplinary care</source>
        <translation>Multidisziplinäre Versorgung</translation>
    </message>
    <message>
        <source>Plan kidney replacement therapy</source>
        <extracomment>KRT = kidney replacement therapy</extracomment>
        <translation>Nierenersatztherapie planen</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Rauchen</translation>
    </message>
    <message>
        <source>Cholesterol</source>
        <translation>Cholesterin</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <source>BP treatment</source>
        <translation>Antihypertensive Therapie</translation>
    </message>
    <message>
        <source>Body mass index</source>
        <translation>Body-Mass-Index</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Family history</source>
        <translation>Familienanamnese</translation>
    </message>
    <message>
        <source>Chronic kidney disease</source>
        <translation>Chronische Nierenkrankheit</translation>
    </message>
    <message>
        <source>Deprivation</source>
        <translation>Deprivation</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Psychische Gesundheit</translation>
    </message>
    <message>
        <source>Inflammatory disease</source>
        <translation>Entzündliche Erkrankung</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migräne</translation>
    </message>
    <message>
        <source>Erectile dysfunction</source>
        <translation>Erektile Dysfunktion</translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <source>Albuminuria (UACR)</source>
        <translation>Albuminurie (UACR)</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>Phosphate</source>
        <translation>Phosphat</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Albumin</translation>
    </message>
    <message>
        <source>Bicarbonate</source>
        <translation>Bicarbonat</translation>
    </message>
    <message>
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <source>Social deprivation</source>
        <translation>Soziale Deprivation</translation>
    </message>
    <message>
        <source>Kidney function</source>
        <translation>Nierenfunktion</translation>
    </message>
    <message>
        <source>Statin</source>
        <translation>Statin</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Waist</source>
        <translation>Taillenumfang</translation>
    </message>
    <message>
        <source>Physical activity</source>
        <translation>Körperliche Aktivität</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>Glukose</translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation>Hypertonie</translation>
    </message>
    <message>
        <source>Alcohol excess</source>
        <translation>Übermäßiger Alkoholkonsum</translation>
    </message>
    <message>
        <source>Antiplatelet or NSAID</source>
        <translation>Thrombozytenaggregationshemmer oder NSAR</translation>
    </message>
    <message>
        <source>Atypical antipsychotic</source>
        <translation>Atypisches Antipsychotikum</translation>
    </message>
    <message>
        <source>BP treatment ever</source>
        <translation>Jemals antihypertensive Therapie</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>Kortikosteroide</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Kreatinin</translation>
    </message>
    <message>
        <source>Gestational diabetes</source>
        <translation>Gestationsdiabetes</translation>
    </message>
    <message>
        <source>High glucose history</source>
        <translation>Erhöhte Glukose in der Anamnese</translation>
    </message>
    <message>
        <source>Labile INR</source>
        <translation>Labile INR</translation>
    </message>
    <message>
        <source>Learning disability</source>
        <translation>Intellektuelle Beeinträchtigung</translation>
    </message>
    <message>
        <source>Liver function</source>
        <translation>Leberfunktion</translation>
    </message>
    <message>
        <source>Polycystic ovary syndrome</source>
        <translation>Polyzystisches Ovarialsyndrom</translation>
    </message>
    <message>
        <source>Prior stroke</source>
        <translation>Früherer Schlaganfall</translation>
    </message>
    <message>
        <source>Renal function</source>
        <translation>Nierenfunktion</translation>
    </message>
    <message>
        <source>Schizophrenia or bipolar disorder</source>
        <translation>Schizophrenie oder bipolare Störung</translation>
    </message>
    <message>
        <source>Stroke, TIA or thromboembolism</source>
        <translation>Schlaganfall, TIA oder Thromboembolie</translation>
    </message>
    <message>
        <source>Treated hypertension</source>
        <translation>Behandelte Hypertonie</translation>
    </message>
    <message>
        <source>Vascular disease</source>
        <translation>Gefäßerkrankung</translation>
    </message>
    <message>
        <source>Vegetables daily</source>
        <translation>Täglich Gemüse</translation>
    </message>
    <message>
        <source>US cohorts from 1968 to 1990, ages 40 to 79; first heart attack or stroke within 10 years; uses race (white or African American).</source>
        <translation>US-Kohorten von 1968 bis 1990, Alter 40 bis 79 Jahre; erster Herzinfarkt oder Schlaganfall innerhalb von 10 Jahren; verwendet die Abstammung (weiß oder afroamerikanisch).</translation>
    </message>
    <message>
        <source>6.6 million US adults from 1992 to 2017, ages 30 to 79; includes heart failure in total CVD; no race input; kidney function and optional UACR, HbA1c and social deprivation.</source>
        <translation>6,6 Millionen Erwachsene in den USA von 1992 bis 2017, Alter 30 bis 79 Jahre; Gesamt-CVD schließt Herzinsuffizienz ein; keine Abstammung als Eingabe; Nierenfunktion sowie optional UACR, HbA1c und soziale Deprivation.</translation>
    </message>
    <message>
        <source>English general practices from 1998 to 2015, ages 25 to 84; heart attack, stroke or TIA within 10 years; ethnicity and Townsend deprivation.</source>
        <translation>Englische Hausarztpraxen von 1998 bis 2015, Alter 25 bis 84 Jahre; Herzinfarkt, Schlaganfall oder TIA innerhalb von 10 Jahren; ethnische Zugehörigkeit und Townsend-Deprivation.</translation>
    </message>
    <message>
        <source>European cohorts recalibrated to four risk regions; fatal and non-fatal heart attack and stroke within 10 years; ages 40 to 69 (SCORE2) and 70 to 89 (SCORE2-OP).</source>
        <translation>Europäische Kohorten, rekalibriert auf vier Risikoregionen; tödlicher und nicht tödlicher Herzinfarkt und Schlaganfall innerhalb von 10 Jahren; Alter 40 bis 69 Jahre (SCORE2) und 70 bis 89 Jahre (SCORE2-OP).</translation>
    </message>
    <message>
        <source>Framingham offspring, Massachusetts, 1968 to 1987; general cardiovascular disease including heart failure and claudication.</source>
        <translation>Framingham-Offspring-Studie, Massachusetts, 1968 bis 1987; kardiovaskuläre Erkrankungen allgemein, einschließlich Herzinsuffizienz und Claudicatio.</translation>
    </message>
    <message>
        <source>Lifetime risk from pooled US cohorts, ages 20 to 59.</source>
        <translation>Lebenszeitrisiko aus gepoolten US-Kohorten, Alter 20 bis 59 Jahre.</translation>
    </message>
</context>
<context>
    <name>precis::ui::NewPasswordRows</name>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Das neue Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Neues &amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>At least 15 characters; a few unusual words are easy to remember.</source>
        <translation>Mindestens 15 Zeichen; einige ungewöhnliche Wörter sind leicht zu merken.</translation>
    </message>
    <message>
        <source>The password meets the rules.</source>
        <translation>Das Passwort erfüllt die Regeln.</translation>
    </message>
</context>
<context>
    <name>precis::ui::NewPatientDialog</name>
    <message>
        <source>New Patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Schwarz oder afroamerikanisch</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>optional, e.g. -1.5</source>
        <translation>optional, z. B. -1,5</translation>
    </message>
    <message>
        <source>Townsend deprivation score of the patient&apos;s postcode area (QRISK3); leave blank if the clinic does not use it.</source>
        <translation>Townsend-Deprivationsscore des Postleitzahlgebiets des Patienten (QRISK3); leer lassen, wenn die Einrichtung ihn nicht verwendet.</translation>
    </message>
    <message>
        <source>Social Deprivation Index decile of the patient&apos;s ZIP code area (PREVENT); leave blank if the clinic does not use it.</source>
        <translation>Dezil des Social Deprivation Index für das ZIP-Code-Gebiet des Patienten (PREVENT); leer lassen, wenn die Einrichtung ihn nicht verwendet.</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Ge&amp;schlecht:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>&amp;Aktennummer:</translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation>&amp;Ethnische Zugehörigkeit:</translation>
    </message>
    <message>
        <source>R&amp;ace (PCE only):</source>
        <translation>A&amp;bstammung (nur PCE):</translation>
    </message>
    <message>
        <source>&amp;Townsend score:</source>
        <translation>&amp;Townsend-Score:</translation>
    </message>
    <message>
        <source>S&amp;DI decile:</source>
        <translation>S&amp;DI-Dezil:</translation>
    </message>
    <message>
        <source>&amp;Create Patient</source>
        <translation>&amp;Patient anlegen</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>Choose the sex the risk models use.</source>
        <translation>Wählen Sie das Geschlecht, das die Risikomodelle verwenden.</translation>
    </message>
    <message>
        <source>The Townsend score is not a number.</source>
        <translation>Der Townsend-Score ist keine Zahl.</translation>
    </message>
    <message>
        <source>The SDI decile is a whole number from 1 to 10.</source>
        <translation>Das SDI-Dezil ist eine ganze Zahl von 1 bis 10.</translation>
    </message>
    <message>
        <source>Enter a record number.</source>
        <translation>Geben Sie eine Aktennummer ein.</translation>
    </message>
    <message>
        <source>Record number %1 is already in use.</source>
        <translation>Die Aktennummer %1 wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The patient could not be created: %1</source>
        <translation>Der Patient konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The patient was created, but ethnicity, race and deprivation could not be saved: %1</source>
        <translation>Der Patient wurde angelegt, aber ethnische Zugehörigkeit, Abstammung und Deprivation konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>optional, 1–10</source>
        <translation>optional, 1–10</translation>
    </message>
</context>
<context>
    <name>precis::ui::OptionDecisionDialog</name>
    <message>
        <source>Accept Option</source>
        <translation>Option annehmen</translation>
    </message>
    <message>
        <source>Accept “%1” for this patient. A reason is optional.</source>
        <translation>„%1“ für diese Patientin bzw. diesen Patienten annehmen. Eine Begründung ist freiwillig.</translation>
    </message>
    <message>
        <source>Decline Option</source>
        <translation>Option ablehnen</translation>
    </message>
    <message>
        <source>Decline “%1” for this patient. State the reason.</source>
        <translation>„%1“ für diese Patientin bzw. diesen Patienten ablehnen. Geben Sie die Begründung an.</translation>
    </message>
    <message>
        <source>Defer Option</source>
        <translation>Option zurückstellen</translation>
    </message>
    <message>
        <source>Defer “%1” for this patient. State the reason.</source>
        <translation>„%1“ für diese Patientin bzw. diesen Patienten zurückstellen. Geben Sie die Begründung an.</translation>
    </message>
    <message>
        <source>The decision is recorded with the knowledge-base version and a fingerprint of the chart data the options were derived from. It cannot be edited later; a new decision supersedes it and both stay in the history.</source>
        <translation>Die Entscheidung wird mit der Version der Wissensbasis und einem Fingerabdruck der Aktendaten gespeichert, aus denen die Optionen abgeleitet wurden. Sie kann später nicht geändert werden; eine neue Entscheidung ersetzt sie, und beide bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Begründung (freiwillig)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Begründung (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>Entscheidung &amp;speichern</translation>
    </message>
    <message>
        <source>Precis found this option not eligible for the patient; see its reason.</source>
        <translation>Precis hält diese Option für diese Person nicht für geeignet; siehe die Begründung.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>precis::ui::OptionsView</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Geeignet</translation>
    </message>
    <message>
        <source>ARR (pp)</source>
        <translation>ARR (PP)</translation>
    </message>
    <message>
        <source>NNT</source>
        <translation>NNT</translation>
    </message>
    <message>
        <source>Class, level</source>
        <translation>Klasse, Grad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Absolute risk reduction in percentage points on the group&apos;s model</source>
        <translation>Absolute Risikoreduktion in Prozentpunkten nach dem Modell der Gruppe</translation>
    </message>
    <message>
        <source>Number needed to treat over the group&apos;s horizon</source>
        <translation>Anzahl der notwendigen Behandlungen (NNT) über den Zeitraum der Gruppe</translation>
    </message>
    <message>
        <source>The treatment-option knowledge base could not be read.</source>
        <translation>Die Wissensbasis der Behandlungsoptionen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Treatment options as of %1&lt;/b&gt; (knowledge base %2). Precis lists what the guidelines say for this patient; it supports, never decides.</source>
        <translation>&lt;b&gt;Behandlungsoptionen zum %1&lt;/b&gt; (Wissensbasis %2). Precis zeigt, was die Leitlinien für diese Person sagen; es unterstützt, entscheidet aber nie.</translation>
    </message>
    <message>
        <source>Ranked by absolute risk reduction within each model, outcome and horizon, never across them. Guideline titles and citations are shown as published (English).</source>
        <translation>Gereiht nach absoluter Risikoreduktion innerhalb jedes Modells, Endpunkts und Zeitraums, nie darüber hinweg. Leitlinientitel und Quellen erscheinen wie veröffentlicht (Englisch).</translation>
    </message>
    <message>
        <source>Medications not recognised, so not considered: %1</source>
        <translation>Nicht erkannte und daher nicht berücksichtigte Medikamente: %1</translation>
    </message>
    <message>
        <source>Current medications with a genotype rule</source>
        <translation>Aktuelle Medikamente mit Genotyp-Regel</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Review current %1</source>
        <translation>Aktuelles %1 überprüfen</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht geeignet</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 context (on-label, ...), %2 evidence level</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Absolute risk reduction %1 percentage points; number needed to treat %2.</source>
        <translation>Absolute Risikoreduktion %1 Prozentpunkte; Anzahl der notwendigen Behandlungen (NNT) %2.</translation>
    </message>
    <message>
        <source>Absolute risk reduction %1 percentage points.</source>
        <translation>Absolute Risikoreduktion %1 Prozentpunkte.</translation>
    </message>
    <message>
        <source>Guideline: %1</source>
        <translation>Leitlinie: %1</translation>
    </message>
    <message>
        <source>Guideline: %1 — class %2, level %3</source>
        <translation>Leitlinie: %1 — Empfehlungsklasse %2, Evidenzgrad %3</translation>
    </message>
    <message>
        <source>Citation: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Pharmacogenomics: %1</source>
        <translation>Pharmakogenomik: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Nicht geeignet: %1</translation>
    </message>
    <message>
        <source>Combining options: %1</source>
        <translation>Kombination mehrerer Optionen: %1</translation>
    </message>
    <message>
        <source>PGx</source>
        <translation>PGx</translation>
    </message>
    <message>
        <source>Pharmacogenomic modifier</source>
        <translation>Pharmakogenomischer Modifikator</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>The latest decision recorded on the option</source>
        <translation>Die zuletzt gespeicherte Entscheidung zu dieser Option</translation>
    </message>
    <message>
        <source>&amp;Accept...</source>
        <translation>&amp;Annehmen …</translation>
    </message>
    <message>
        <source>&amp;Decline...</source>
        <translation>Ab&amp;lehnen …</translation>
    </message>
    <message>
        <source>De&amp;fer...</source>
        <translation>&amp;Zurückstellen …</translation>
    </message>
    <message>
        <source>Earlier decisions could not be read.</source>
        <translation>Frühere Entscheidungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <extracomment>%1 decision (Accepted, ...), %2 user, %3 date and time, %4 reason</extracomment>
        <translation>%1 von %2 am %3: %4</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>Record a decision on the selected option</source>
        <translation>Eine Entscheidung zur ausgewählten Option speichern</translation>
    </message>
    <message>
        <source>Only a physician can accept, decline or defer a treatment option. You can view the options and earlier decisions.</source>
        <translation>Nur Ärztinnen und Ärzte können eine Behandlungsoption annehmen, ablehnen oder zurückstellen. Sie können die Optionen und frühere Entscheidungen ansehen.</translation>
    </message>
    <message>
        <source>Not recorded: only a physician can decide on a treatment option.</source>
        <translation>Nicht gespeichert: Nur Ärztinnen und Ärzte entscheiden über eine Behandlungsoption.</translation>
    </message>
    <message>
        <source>Not recorded: declining or deferring needs a reason.</source>
        <translation>Nicht gespeichert: Ablehnen oder Zurückstellen braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Not recorded: your roles do not allow this.</source>
        <translation>Nicht gespeichert: Ihre Rollen erlauben das nicht.</translation>
    </message>
    <message>
        <source>The decision could not be recorded. Lock the vault and ask your administrator to check it.</source>
        <translation>Die Entscheidung konnte nicht gespeichert werden. Sperren Sie den Tresor und bitten Sie Ihre Administration, ihn zu prüfen.</translation>
    </message>
    <message>
        <source>%1: %2. Recorded.</source>
        <extracomment>%1 decision (Accepted, ...), %2 option name</extracomment>
        <translation>%1: %2. Gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Entscheidung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Earlier (superseded): %1</source>
        <translation>Früher (ersetzt): %1</translation>
    </message>
    <message>
        <source>No decision recorded on this option.</source>
        <translation>Zu dieser Option ist keine Entscheidung gespeichert.</translation>
    </message>
    <message>
        <source>Therapy impact on %2, %3 (%1)</source>
        <extracomment>%1 model name, %2 outcome, %3 horizon</extracomment>
        <translation>Wirkung der Therapie auf %2, %3 (%1)</translation>
    </message>
    <message>
        <source>%1 (% per year)</source>
        <extracomment>Axis title of the therapy-impact chart: %1 horizon (&quot;10-year risk&quot;, &quot;annual rate&quot;)</extracomment>
        <translation>%1 (% pro Jahr)</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>The tumour findings could not be read.</source>
        <translation>Die Tumorbefunde konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Tumour-guided options — tumour type %1 (tumour knowledge %2); no risk reduction is computed for them</source>
        <extracomment>%1 OncoTree code of the tumour, %2 tumour knowledge version</extracomment>
        <translation>Tumorgesteuerte Optionen — Tumortyp %1 (Tumorwissen %2); für sie wird keine Risikoreduktion berechnet</translation>
    </message>
    <message>
        <source>Resistance</source>
        <translation>Resistenz</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <extracomment>Tumour-guided option: %1 therapy, %2 gene, %3 protein change</extracomment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>Variant: %1 %2</source>
        <extracomment>%1 gene, %2 variant with HGVS and position</extracomment>
        <translation>Variante: %1 %2</translation>
    </message>
    <message>
        <source>Evidence: %1 (for %2), level %3</source>
        <extracomment>%1 context (on-label, ...), %2 OncoTree codes, %3 evidence level</extracomment>
        <translation>Evidenz: %1 (für %2), Evidenzgrad %3</translation>
    </message>
</context>
<context>
    <name>precis::ui::PatientChartWidget</name>
    <message>
        <source>← &amp;Patients</source>
        <translation>← &amp;Patienten</translation>
    </message>
    <message>
        <source>Back to the patient list (Esc or Alt+Left)</source>
        <translation>Zurück zur Patientenliste (Esc oder Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Aufnahme</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Your roles do not allow opening charts.</source>
        <translation>Ihre Rollen erlauben das Öffnen von Patientenakten nicht.</translation>
    </message>
    <message>
        <source>This chart could not be opened.</source>
        <translation>Diese Akte konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The chart could not be read completely; nothing is shown rather than part of it. Lock the vault and ask your administrator to run a vault check.</source>
        <translation>Die Akte konnte nicht vollständig gelesen werden; statt eines Teils wird nichts angezeigt. Sperren Sie den Tresor und bitten Sie Ihren Administrator, eine Tresorprüfung durchzuführen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>No. %1 · %n year(s) · %2 · born %3</source>
        <extracomment>Chart header: record number, age, sex, date of birth</extracomment>
        <translation>
            <numerusform>Nr. %1 · %n Jahr · %2 · geb. %3</numerusform>
            <numerusform>Nr. %1 · %n Jahre · %2 · geb. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Allergies and intolerances: none recorded</source>
        <translation>Allergien und Unverträglichkeiten: keine erfasst</translation>
    </message>
    <message>
        <source>Allergies and intolerances: %1</source>
        <translation>Allergien und Unverträglichkeiten: %1</translation>
    </message>
    <message>
        <source>Current medications: none recorded</source>
        <translation>Aktuelle Medikation: keine erfasst</translation>
    </message>
    <message>
        <source>Current medications: %1</source>
        <translation>Aktuelle Medikation: %1</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>Unsaved Intake</source>
        <translation>Nicht gespeicherte Aufnahme</translation>
    </message>
    <message>
        <source>The visit being entered has not been saved. Save it now?</source>
        <translation>Der eingegebene Besuch wurde nicht gespeichert. Jetzt speichern?</translation>
    </message>
    <message>
        <source>Correct Value</source>
        <translation>Wert korrigieren</translation>
    </message>
    <message>
        <source>Corrected value of %1 (recorded: %2), in %3:</source>
        <extracomment>%1 variable, %2 value as recorded</extracomment>
        <translation>Korrigierter Wert für %1 (erfasst: %2), in %3:</translation>
    </message>
    <message>
        <source>Reason for the correction (required):</source>
        <translation>Grund für die Korrektur (erforderlich):</translation>
    </message>
    <message>
        <source>A correction needs a reason. Nothing was changed.</source>
        <translation>Eine Korrektur erfordert einen Grund. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The correction was refused: %1</source>
        <translation>Die Korrektur wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Showing this view could not be recorded in the audit trail. Lock the vault and ask your administrator to check it.</source>
        <translation>Das Anzeigen dieser Ansicht konnte nicht im Protokoll vermerkt werden. Sperren Sie den Tresor und bitten Sie Ihren Administrator, ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Optio&amp;ns</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Geno&amp;mics</source>
        <translation>Geno&amp;mik</translation>
    </message>
    <message>
        <source>The genomic results could not be read. Lock the vault and ask your administrator to run a vault check.</source>
        <translation>Die genomischen Befunde konnten nicht gelesen werden. Sperren Sie den Tresor und bitten Sie Ihre Administration, eine Tresorprüfung durchzuführen.</translation>
    </message>
</context>
<context>
    <name>precis::ui::PatientListWidget</name>
    <message>
        <source>Patients</source>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <source>Search by name, record number or date of birth (Ctrl+F)</source>
        <translation>Suche nach Name, Patientennummer oder Geburtsdatum (Strg+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <extracomment>%1 matching patients, %n all patients</extracomment>
        <translation>
            <numerusform>%1 von %n Patient</numerusform>
            <numerusform>%1 von %n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>Kein Patient passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>precis::ui::PatientTableModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Patient name in lists: %1 family name, %2 given name.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Record No.</source>
        <extracomment>Column header: the clinic&apos;s medical record number.</extracomment>
        <translation>Patienten-Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of Birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column header: age in completed years.</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
</context>
<context>
    <name>precis::ui::RecoveryKeyDialog</name>
    <message>
        <source>New Recovery Key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Write this key down or print it now: it is shown only once. Keep it locked away. It opens the vault as an administrator when no administrator can sign in; the previous recovery key no longer opens this vault.</source>
        <translation>Schreiben Sie diesen Schlüssel jetzt ab oder drucken Sie ihn: Er wird nur einmal angezeigt. Bewahren Sie ihn unter Verschluss auf. Er öffnet den Tresor als Administrator, wenn sich kein Administrator anmelden kann; der bisherige Wiederherstellungsschlüssel öffnet diesen Tresor nicht mehr.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Vault %1, created %2</source>
        <extracomment>%1 vault file name, %2 date and time</extracomment>
        <translation>Tresor %1, erstellt %2</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the key; the clipboard is cleared after one minute.</source>
        <translation>Den Schlüssel kopieren; die Zwischenablage wird nach einer Minute geleert.</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in one minute or when this window closes.</source>
        <translation>Kopiert. Die Zwischenablage wird nach einer Minute geleert oder wenn dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <source>Precis Recovery Key</source>
        <translation>Precis-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Vault: %1
Created: %2</source>
        <translation>Tresor: %1
Erstellt: %2</translation>
    </message>
    <message>
        <source>This key opens the vault as an administrator when no administrator can sign in. Keep it locked away. Whoever holds it can read every record. When a new recovery key is made, this one stops opening the vault.</source>
        <translation>Dieser Schlüssel öffnet den Tresor als Administrator, wenn sich kein Administrator anmelden kann. Bewahren Sie ihn unter Verschluss auf. Wer ihn besitzt, kann jeden Datensatz lesen. Sobald ein neuer Wiederherstellungsschlüssel erstellt wird, öffnet dieser den Tresor nicht mehr.</translation>
    </message>
    <message>
        <source>Print Recovery Key</source>
        <translation>Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>precis::ui::ResetPasswordDialog</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Setting the new password of %1.</source>
        <translation>Das neue Passwort von %1 wird gesetzt.</translation>
    </message>
    <message>
        <source>Ask for a new password at the next sign-in</source>
        <translation>Bei der nächsten Anmeldung ein neues Passwort verlangen</translation>
    </message>
    <message>
        <source>The user&apos;s old password stops working at once. Their charts, roles and the other users are not affected.</source>
        <translation>Das bisherige Passwort des Benutzers gilt sofort nicht mehr. Akten, Rollen und die übrigen Benutzer bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>precis::ui::RestoreDialog</name>
    <message>
        <source>Backup file to restore</source>
        <translation>Wiederherzustellende Sicherungsdatei</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Die Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <source>Administrator in the backup</source>
        <translation>Administrator in der Sicherung</translation>
    </message>
    <message>
        <source>Password in the backup</source>
        <translation>Passwort in der Sicherung</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>Sicherungs&amp;datei</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt wird</translation>
    </message>
    <message>
        <source>&amp;Administrator in the backup</source>
        <translation>A&amp;dministrator in der Sicherung</translation>
    </message>
    <message>
        <source>Password in the &amp;backup</source>
        <translation>Passwort in der &amp;Sicherung</translation>
    </message>
    <message>
        <source>Restore Vault from Backup</source>
        <translation>Tresor aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring replaces this vault and its key file with the backup. Everything written after the backup was made, its audit rows included, is then no longer in the vault; users, roles, passwords and the recovery key become those of the backup. Everyone is signed out, you too.</source>
        <translation>Die Wiederherstellung ersetzt diesen Tresor und seine Schlüsseldatei durch die Sicherung. Alles, was nach dem Erstellen der Sicherung geschrieben wurde, einschließlich der Protokollzeilen, ist danach nicht mehr im Tresor; Benutzer, Rollen, Passwörter und der Wiederherstellungsschlüssel sind die der Sicherung. Alle werden abgemeldet, auch Sie.</translation>
    </message>
    <message>
        <source>&amp;Replace Vault</source>
        <translation>Tresor &amp;ersetzen</translation>
    </message>
    <message>
        <source>Precis vaults (*.precis)</source>
        <translation>Precis-Tresore (*.precis)</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>No file at this path.</source>
        <translation>Unter diesem Pfad gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Its key file (ending .keys) is missing: it cannot be restored.</source>
        <translation>Ihre Schlüsseldatei (Endung .keys) fehlt: Sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Choose a backup file that has its key file (ending .keys) beside it.</source>
        <translation>Wählen Sie eine Sicherungsdatei, neben der ihre Schlüsseldatei (Endung .keys) liegt.</translation>
    </message>
    <message>
        <source>This is the vault itself. Choose a backup.</source>
        <translation>Das ist der Tresor selbst. Wählen Sie eine Sicherung.</translation>
    </message>
    <message>
        <source>Enter an administrator of the backup and their password in the backup.</source>
        <translation>Geben Sie einen Administrator der Sicherung und sein Passwort in der Sicherung ein.</translation>
    </message>
    <message>
        <source>Checking the backup and replacing the vault. Do not switch off the computer.</source>
        <translation>Die Sicherung wird geprüft und der Tresor ersetzt. Schalten Sie den Computer nicht aus.</translation>
    </message>
    <message>
        <source>The vault was restored from the backup. Sign in again.</source>
        <translation>Der Tresor wurde aus der Sicherung wiederhergestellt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The backup did not accept that administrator name and password, so the vault was not replaced. Sign in again.</source>
        <translation>Die Sicherung hat diesen Administratornamen und dieses Passwort nicht angenommen, daher wurde der Tresor nicht ersetzt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>That user is not an administrator in the backup, so the vault was not replaced. Sign in again.</source>
        <translation>Dieser Benutzer ist in der Sicherung kein Administrator, daher wurde der Tresor nicht ersetzt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The backup is damaged or does not belong together with its key file, so the vault was not replaced. Sign in again.</source>
        <translation>Die Sicherung ist beschädigt oder gehört nicht zu ihrer Schlüsseldatei, daher wurde der Tresor nicht ersetzt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The backup or its key file was not found, so the vault was not replaced. Sign in again.</source>
        <translation>Die Sicherung oder ihre Schlüsseldatei wurde nicht gefunden, daher wurde der Tresor nicht ersetzt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The restore did not finish: %1 Sign in again; a restore that was interrupted is completed or undone when the vault is next opened.</source>
        <extracomment>%1 the reason, a sentence</extracomment>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen: %1 Melden Sie sich erneut an; eine unterbrochene Wiederherstellung wird beim nächsten Öffnen des Tresors abgeschlossen oder rückgängig gemacht.</translation>
    </message>
    <message>
        <source>By the backup</source>
        <translation>Durch die Sicherung</translation>
    </message>
    <message>
        <source>%1, last changed %2, %3</source>
        <extracomment>What a restore replaces. %1 file name, %2 date and time of its last change, %3 size</extracomment>
        <translation>%1, zuletzt geändert %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s): %1</source>
        <extracomment>%n number of users, %1 their names</extracomment>
        <translation>
            <numerusform>%n Benutzer: %1</numerusform>
            <numerusform>%n Benutzer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, written %2, %3</source>
        <extracomment>The backup that replaces the vault. %1 file name, %2 date and time written, %3 size</extracomment>
        <translation>%1, geschrieben %2, %3</translation>
    </message>
</context>
<context>
    <name>precis::ui::RiskCard</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>Risk card: &quot;10-year risk · Atherosclerotic cardiovascular disease&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · version %2</source>
        <extracomment>Risk card title: model name and version</extracomment>
        <translation>%1 · Version %2</translation>
    </message>
    <message>
        <source>%1 risk card</source>
        <translation>Risikokarte %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Category: %1 (by %2)</source>
        <translation>Kategorie: %1 (nach %2)</translation>
    </message>
    <message>
        <source>Oldest input used: %1</source>
        <translation>Ältester verwendeter Eingabewert: %1</translation>
    </message>
    <message>
        <source>Uses race as an input (white, African American or other). The 2023 AHA PREVENT equations left race out because race is a social, not a biological, category; compare them beside this card.</source>
        <translation>Verwendet die Abstammung als Eingabe (weiß, afroamerikanisch oder andere). Die PREVENT-Gleichungen der AHA von 2023 verzichten auf die Abstammung, weil sie eine soziale und keine biologische Kategorie ist; vergleichen Sie sie neben dieser Karte.</translation>
    </message>
    <message>
        <source>%1
Outcome: %2
Horizon: %3
Derived in: %4
Citation: %5</source>
        <translation>%1
Endpunkt: %2
Zeithorizont: %3
Entwickelt in: %4
Quelle: %5</translation>
    </message>
    <message>
        <source>Cannot compute</source>
        <translation>Nicht berechenbar</translation>
    </message>
    <message>
        <source>%1 is %2, outside the model&apos;s range %3</source>
        <translation>%1 beträgt %2 und liegt außerhalb des Modellbereichs %3</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>Enter %1</source>
        <translation>%1 eingeben</translation>
    </message>
    <message>
        <source>Enter value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>Open Intake at %1</source>
        <translation>Aufnahme bei %1 öffnen</translation>
    </message>
</context>
<context>
    <name>precis::ui::RiskDashboard</name>
    <message>
        <source>Guideline region</source>
        <translation>Leitlinienregion</translation>
    </message>
    <message>
        <source>The clinic&apos;s guideline: its models are shown first. Changing it changes it for every user of this vault (physicians only).</source>
        <translation>Die Leitlinie der Einrichtung: Ihre Modelle werden zuerst angezeigt. Eine Änderung gilt für alle Benutzer dieses Tresors (nur Arzt/Ärztin).</translation>
    </message>
    <message>
        <source>&amp;Guideline:</source>
        <translation>&amp;Leitlinie:</translation>
    </message>
    <message>
        <source>Show &amp;all models</source>
        <translation>&amp;Alle Modelle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Record Assessment</source>
        <translation>Beurteilung &amp;dokumentieren</translation>
    </message>
    <message>
        <source>Store the models, versions, exact inputs and results shown here in the patient&apos;s chart, signed with your name (physicians).</source>
        <translation>Speichert die hier angezeigten Modelle, Versionen, exakten Eingabewerte und Ergebnisse in der Akte des Patienten, signiert mit Ihrem Namen (Arzt/Ärztin).</translation>
    </message>
    <message>
        <source>C&amp;ontributions</source>
        <translation>&amp;Beiträge</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Was-wäre-wenn</translation>
    </message>
    <message>
        <source>T&amp;rend</source>
        <translation>T&amp;rend</translation>
    </message>
    <message>
        <source>&amp;100 People</source>
        <translation>&amp;100 Menschen</translation>
    </message>
    <message>
        <source>&amp;Compare Models</source>
        <translation>Modelle &amp;vergleichen</translation>
    </message>
    <message>
        <source>Values as of %1</source>
        <translation>Werte mit Stand %1</translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;all models (%n more)</source>
        <translation>
            <numerusform>&amp;Alle Modelle anzeigen (%n weiteres)</numerusform>
            <numerusform>&amp;Alle Modelle anzeigen (%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a physician can change the clinic&apos;s guideline.</source>
        <translation>Nur ein Arzt/eine Ärztin kann die Leitlinie der Einrichtung ändern.</translation>
    </message>
    <message>
        <source>The guideline could not be saved in the vault.</source>
        <translation>Die Leitlinie konnte nicht im Tresor gespeichert werden.</translation>
    </message>
    <message>
        <source>Record Assessment</source>
        <translation>Beurteilung dokumentieren</translation>
    </message>
    <message numerus="yes">
        <source>Record the %n model result(s) shown, with their exact inputs, in this patient&apos;s chart under your name?</source>
        <translation>
            <numerusform>%n angezeigtes Modellergebnis mit seinen exakten Eingabewerten unter Ihrem Namen in der Akte dieses Patienten dokumentieren?</numerusform>
            <numerusform>%n angezeigte Modellergebnisse mit ihren exakten Eingabewerten unter Ihrem Namen in der Akte dieses Patienten dokumentieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a physician can record an assessment.</source>
        <translation>Nur ein Arzt/eine Ärztin kann eine Beurteilung dokumentieren.</translation>
    </message>
    <message>
        <source>The assessment could not be recorded. Nothing was saved.</source>
        <translation>Die Beurteilung konnte nicht dokumentiert werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Assessment recorded.</source>
        <translation>Beurteilung dokumentiert.</translation>
    </message>
</context>
<context>
    <name>precis::ui::RiskFormat</name>
    <message>
        <source>% per year</source>
        <translation>% pro Jahr</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A risk in percent, e.g. &quot;14.2 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>annual rate</source>
        <translation>jährliche Rate</translation>
    </message>
    <message numerus="yes">
        <source>%n-year risk</source>
        <translation>
            <numerusform>%n-Jahres-Risiko</numerusform>
            <numerusform>%n-Jahres-Risiko</numerusform>
        </translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Race (PCE)</source>
        <translation>Abstammung (PCE)</translation>
    </message>
    <message>
        <source>Total cholesterol</source>
        <translation>Gesamtcholesterin</translation>
    </message>
    <message>
        <source>HDL cholesterol</source>
        <translation>HDL-Cholesterin</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Diastolischer Blutdruck</translation>
    </message>
    <message>
        <source>SD of systolic readings</source>
        <translation>SD der systolischen Messungen</translation>
    </message>
    <message>
        <source>On blood pressure treatment</source>
        <translation>Unter antihypertensiver Therapie</translation>
    </message>
    <message>
        <source>Ever on blood pressure treatment</source>
        <translation>Jemals antihypertensive Therapie</translation>
    </message>
    <message>
        <source>On a statin</source>
        <translation>Unter Statintherapie</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Rauchen</translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Kreatinin</translation>
    </message>
    <message>
        <source>Body mass index</source>
        <translation>Body-Mass-Index</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Körpergröße</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>Waist circumference</source>
        <translation>Taillenumfang</translation>
    </message>
    <message>
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <source>Fasting glucose</source>
        <translation>Nüchternglukose</translation>
    </message>
    <message>
        <source>Urine albumin-creatinine ratio</source>
        <translation>Albumin-Kreatinin-Quotient im Urin</translation>
    </message>
    <message>
        <source>Social Deprivation Index decile</source>
        <translation>Dezil des Social Deprivation Index</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Ethnische Zugehörigkeit</translation>
    </message>
    <message>
        <source>Townsend deprivation score</source>
        <translation>Townsend-Deprivationsscore</translation>
    </message>
    <message>
        <source>Atrial fibrillation</source>
        <translation>Vorhofflimmern</translation>
    </message>
    <message>
        <source>Atypical antipsychotic</source>
        <translation>Atypisches Antipsychotikum</translation>
    </message>
    <message>
        <source>Regular corticosteroids</source>
        <translation>Regelmäßige Kortikosteroide</translation>
    </message>
    <message>
        <source>Erectile dysfunction</source>
        <translation>Erektile Dysfunktion</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migräne</translation>
    </message>
    <message>
        <source>Rheumatoid arthritis</source>
        <translation>Rheumatoide Arthritis</translation>
    </message>
    <message>
        <source>Severe mental illness</source>
        <translation>Schwere psychische Erkrankung</translation>
    </message>
    <message>
        <source>Systemic lupus erythematosus</source>
        <translation>Systemischer Lupus erythematodes</translation>
    </message>
    <message>
        <source>Family history of early heart disease</source>
        <translation>Frühe Herzerkrankung in der Familienanamnese</translation>
    </message>
    <message>
        <source>Cardiovascular disease</source>
        <translation>Kardiovaskuläre Erkrankung</translation>
    </message>
    <message>
        <source>Gestational diabetes</source>
        <translation>Gestationsdiabetes</translation>
    </message>
    <message>
        <source>Polycystic ovary syndrome</source>
        <translation>Polyzystisches Ovarialsyndrom</translation>
    </message>
    <message>
        <source>Learning disability</source>
        <translation>Intellektuelle Beeinträchtigung</translation>
    </message>
    <message>
        <source>Schizophrenia or bipolar disorder</source>
        <translation>Schizophrenie oder bipolare Störung</translation>
    </message>
    <message>
        <source>Family history of diabetes</source>
        <translation>Diabetes in der Familienanamnese</translation>
    </message>
    <message>
        <source>Physically active</source>
        <translation>Körperlich aktiv</translation>
    </message>
    <message>
        <source>Vegetables or fruit every day</source>
        <translation>Täglich Gemüse oder Obst</translation>
    </message>
    <message>
        <source>History of high blood glucose</source>
        <translation>Erhöhter Blutzucker in der Anamnese</translation>
    </message>
    <message>
        <source>SCORE2 risk region</source>
        <translation>SCORE2-Risikoregion</translation>
    </message>
    <message>
        <source>KFRE region</source>
        <translation>KFRE-Region</translation>
    </message>
    <message>
        <source>Calcium</source>
        <translation>Calcium</translation>
    </message>
    <message>
        <source>Phosphate</source>
        <translation>Phosphat</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Albumin</translation>
    </message>
    <message>
        <source>Bicarbonate</source>
        <translation>Bicarbonat</translation>
    </message>
    <message>
        <source>Heart failure</source>
        <translation>Herzinsuffizienz</translation>
    </message>
    <message>
        <source>Hypertension</source>
        <translation>Hypertonie</translation>
    </message>
    <message>
        <source>Stroke, TIA or thromboembolism</source>
        <translation>Schlaganfall, TIA oder Thromboembolie</translation>
    </message>
    <message>
        <source>Vascular disease</source>
        <translation>Gefäßerkrankung</translation>
    </message>
    <message>
        <source>Prior stroke</source>
        <translation>Früherer Schlaganfall</translation>
    </message>
    <message>
        <source>Abnormal renal function</source>
        <translation>Abnorme Nierenfunktion</translation>
    </message>
    <message>
        <source>Abnormal liver function</source>
        <translation>Abnorme Leberfunktion</translation>
    </message>
    <message>
        <source>Bleeding history</source>
        <translation>Blutungsanamnese</translation>
    </message>
    <message>
        <source>Labile INR</source>
        <translation>Labile INR</translation>
    </message>
    <message>
        <source>Antiplatelet or NSAID</source>
        <translation>Thrombozytenaggregationshemmer oder NSAR</translation>
    </message>
    <message>
        <source>Alcohol excess</source>
        <translation>Übermäßiger Alkoholkonsum</translation>
    </message>
    <message>
        <source>Schizophrenia, bipolar affective disorder or moderate to severe depression (QRISK3).</source>
        <translation>Schizophrenie, bipolare affektive Störung oder mittelgradige bis schwere Depression (QRISK3).</translation>
    </message>
    <message>
        <source>Currently taking a second-generation (atypical) antipsychotic (QRISK3).</source>
        <translation>Nimmt derzeit ein Antipsychotikum der zweiten Generation (atypisches Antipsychotikum) ein (QRISK3).</translation>
    </message>
    <message>
        <source>Regular oral corticosteroid tablets (QRISK3).</source>
        <translation>Regelmäßige Einnahme oraler Kortikosteroid-Tabletten (QRISK3).</translation>
    </message>
    <message>
        <source>A diagnosis of, or treatment for, erectile dysfunction (QRISK3).</source>
        <translation>Diagnose oder Behandlung einer erektilen Dysfunktion (QRISK3).</translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 3, 4 or 5 recorded (QRISK3).</source>
        <translation>Chronische Nierenkrankheit Stadium 3, 4 oder 5 dokumentiert (QRISK3).</translation>
    </message>
    <message>
        <source>Angina or heart attack in a first-degree relative before the age of 60 (QRISK3).</source>
        <translation>Angina pectoris oder Herzinfarkt bei einem Verwandten ersten Grades vor dem 60. Lebensjahr (QRISK3).</translation>
    </message>
    <message>
        <source>Systemic lupus erythematosus (QRISK3).</source>
        <translation>Systemischer Lupus erythematodes (QRISK3).</translation>
    </message>
    <message>
        <source>Known heart attack, angina, stroke, TIA or peripheral arterial disease: the primary-prevention models do not apply.</source>
        <translation>Bekannter Herzinfarkt, Angina pectoris, Schlaganfall, TIA oder periphere arterielle Verschlusskrankheit: Die Modelle zur Primärprävention sind nicht anwendbar.</translation>
    </message>
    <message>
        <source>Derived from the medication list when an antihypertensive is current.</source>
        <translation>Wird aus der Medikamentenliste abgeleitet, wenn aktuell ein Antihypertensivum eingenommen wird.</translation>
    </message>
    <message>
        <source>Derived from the medication list when a statin is current.</source>
        <translation>Wird aus der Medikamentenliste abgeleitet, wenn aktuell ein Statin eingenommen wird.</translation>
    </message>
    <message>
        <source>CHA2DS2-VASc: hypertension; HAS-BLED: uncontrolled, systolic above 160 mmHg.</source>
        <translation>CHA2DS2-VASc: Hypertonie; HAS-BLED: unkontrolliert, systolisch über 160 mmHg.</translation>
    </message>
    <message>
        <source>Dialysis, kidney transplant or serum creatinine of 200 µmol/L or more (HAS-BLED).</source>
        <translation>Dialyse, Nierentransplantation oder Serumkreatinin von 200 µmol/L oder mehr (HAS-BLED).</translation>
    </message>
    <message>
        <source>Cirrhosis, or bilirubin above twice and AST/ALT above three times the upper limit of normal (HAS-BLED).</source>
        <translation>Zirrhose oder Bilirubin über dem Zweifachen und AST/ALT über dem Dreifachen der oberen Normgrenze (HAS-BLED).</translation>
    </message>
    <message>
        <source>Previous major bleeding or a predisposition to bleeding (HAS-BLED).</source>
        <translation>Frühere schwere Blutung oder Blutungsneigung (HAS-BLED).</translation>
    </message>
    <message>
        <source>Unstable or high INRs, time in therapeutic range below 60 % (HAS-BLED).</source>
        <translation>Instabile oder hohe INR-Werte, Zeit im therapeutischen Bereich unter 60 % (HAS-BLED).</translation>
    </message>
    <message>
        <source>Concomitant antiplatelet drugs or NSAIDs (HAS-BLED).</source>
        <translation>Begleitende Einnahme von Thrombozytenaggregationshemmern oder NSAR (HAS-BLED).</translation>
    </message>
    <message>
        <source>Eight or more drinks a week (HAS-BLED).</source>
        <translation>Acht oder mehr alkoholische Getränke pro Woche (HAS-BLED).</translation>
    </message>
    <message>
        <source>Prior heart attack, peripheral artery disease or aortic plaque (CHA2DS2-VASc).</source>
        <translation>Früherer Herzinfarkt, periphere arterielle Verschlusskrankheit oder Aortenplaque (CHA2DS2-VASc).</translation>
    </message>
    <message>
        <source>Prior stroke, transient ischaemic attack or thromboembolism (CHA2DS2-VASc).</source>
        <translation>Früherer Schlaganfall, transitorische ischämische Attacke oder Thromboembolie (CHA2DS2-VASc).</translation>
    </message>
    <message>
        <source>At least 30 minutes of physical activity daily, at work or in leisure time (FINDRISC).</source>
        <translation>Mindestens 30 Minuten körperliche Aktivität täglich, bei der Arbeit oder in der Freizeit (FINDRISC).</translation>
    </message>
    <message>
        <source>Eats vegetables, fruit or berries every day (FINDRISC).</source>
        <translation>Isst täglich Gemüse, Obst oder Beeren (FINDRISC).</translation>
    </message>
    <message>
        <source>Ever found to have high blood glucose, for example at a health check, during illness or pregnancy (FINDRISC).</source>
        <translation>Jemals erhöhter Blutzucker festgestellt, zum Beispiel bei einer Gesundheitsuntersuchung, während einer Erkrankung oder Schwangerschaft (FINDRISC).</translation>
    </message>
    <message>
        <source>Asked only because the Pooled Cohort Equations have separate equations for white and African American adults. The race-free PREVENT equations are shown beside them.</source>
        <translation>Wird nur abgefragt, weil die Pooled Cohort Equations getrennte Gleichungen für weiße und afroamerikanische Erwachsene haben. Die PREVENT-Gleichungen ohne Abstammung werden daneben angezeigt.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>Chronic kidney disease stage 3–5</source>
        <translation>Chronische Nierenkrankheit Stadium 3–5</translation>
    </message>
    <message>
        <source>On dialysis</source>
        <translation>Dialysepflichtig</translation>
    </message>
    <message>
        <source>On maintenance dialysis, recorded as a safety fact: the kidney failure risk equations do not apply (Tangri et al., JAMA 2011;305:1553).</source>
        <translation>Dauerdialyse, als Sicherheitsangabe erfasst: Die Gleichungen zum Nierenversagensrisiko gelten nicht (Tangri et al., JAMA 2011;305:1553).</translation>
    </message>
    <message>
        <source>LDL cholesterol</source>
        <translation>LDL-Cholesterin</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Kalium</translation>
    </message>
    <message>
        <source>Low-density lipoprotein cholesterol as the laboratory reports it (measured or calculated). Part of the total cholesterol, so it cannot exceed it. No risk model uses it.</source>
        <translation>LDL-Cholesterin (Low-Density-Lipoprotein), wie es das Labor angibt (gemessen oder berechnet). Es ist Teil des Gesamtcholesterins und kann es nicht übersteigen. Kein Risikomodell verwendet es.</translation>
    </message>
    <message>
        <source>Serum potassium. A result in mEq/L is the same number in mmol/L. No risk model uses it.</source>
        <translation>Kalium im Serum. Ein Ergebnis in mEq/L ist in mmol/L dieselbe Zahl. Kein Risikomodell verwendet es.</translation>
    </message>
    <message>
        <source>white</source>
        <translation>weiß</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Schwarz oder afroamerikanisch</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>type 1</source>
        <translation>Typ 1</translation>
    </message>
    <message>
        <source>type 2</source>
        <translation>Typ 2</translation>
    </message>
    <message>
        <source>never smoked</source>
        <translation>Nie geraucht</translation>
    </message>
    <message>
        <source>former smoker</source>
        <translation>Ehemalige(r) Raucher(in)</translation>
    </message>
    <message>
        <source>light smoker (under 10 a day)</source>
        <translation>leicht (unter 10 am Tag)</translation>
    </message>
    <message>
        <source>heavy smoker (20 or more a day)</source>
        <translation>stark (20 oder mehr am Tag)</translation>
    </message>
    <message>
        <source>current smoker, amount unknown</source>
        <translation>raucht, Menge unbekannt</translation>
    </message>
    <message>
        <source>White or not stated</source>
        <translation>Weiß oder nicht angegeben</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>Indisch</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pakistanisch</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>Bangladeschisch</translation>
    </message>
    <message>
        <source>Other Asian</source>
        <translation>Andere asiatische Herkunft</translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation>Schwarz, karibisch</translation>
    </message>
    <message>
        <source>Black African</source>
        <translation>Schwarz, afrikanisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Other ethnic group</source>
        <translation>Andere ethnische Gruppe</translation>
    </message>
    <message>
        <source>other relative</source>
        <translation>andere Verwandte</translation>
    </message>
    <message>
        <source>first-degree relative</source>
        <translation>Verwandte ersten Grades</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>niedriges Risiko</translation>
    </message>
    <message>
        <source>moderate risk</source>
        <translation>mittleres Risiko</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>hohes Risiko</translation>
    </message>
    <message>
        <source>very high risk</source>
        <translation>sehr hohes Risiko</translation>
    </message>
    <message>
        <source>North American</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>moderate smoker (10–19 a day)</source>
        <translation>mäßig (10–19 am Tag)</translation>
    </message>
</context>
<context>
    <name>precis::ui::RoleChecks</name>
    <message>
        <source>Role: %1</source>
        <extracomment>Accessible name of a role check box; %1 role name</extracomment>
        <translation>Rolle: %1</translation>
    </message>
</context>
<context>
    <name>precis::ui::RolesDialog</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Change Roles</source>
        <translation>Rollen ändern</translation>
    </message>
    <message>
        <source>Roles decide what the user may do: nurses and physicians open charts, administrators manage the vault. The change applies at the user&apos;s next sign-in.</source>
        <translation>Rollen bestimmen, was der Benutzer darf: Pflegefachkräfte und Ärzte öffnen Akten, Administratoren verwalten den Tresor. Die Änderung gilt ab der nächsten Anmeldung des Benutzers.</translation>
    </message>
    <message>
        <source>&amp;Change Roles</source>
        <translation>Rollen ä&amp;ndern</translation>
    </message>
    <message>
        <source>Changing the roles of %1.</source>
        <translation>Die Rollen von %1 werden geändert.</translation>
    </message>
</context>
<context>
    <name>precis::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The new language is used the next time Precis starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Precis.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>precis::ui::TalkPanel</name>
    <message>
        <source>Risk as 100 people</source>
        <translation>Risiko als 100 Menschen</translation>
    </message>
    <message>
        <source>Select a risk card that gives a percentage over a number of years to show it as 100 people.</source>
        <translation>Wählen Sie eine Risikokarte, die einen Prozentwert über eine Anzahl von Jahren angibt, um das Risiko als 100 Menschen darzustellen.</translation>
    </message>
    <message numerus="yes">
        <source>Of 100 people like you, fewer than 1 %1 in the next %n year(s).</source>
        <translation>
            <numerusform>Von 100 Menschen wie Ihnen wird innerhalb von %n Jahr weniger als 1 %1.</numerusform>
            <numerusform>Von 100 Menschen wie Ihnen wird innerhalb von %n Jahren weniger als 1 %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of 100 people like you, about %1 %2 in the next %n year(s).</source>
        <extracomment>%1 number of people of 100; %2 what happens to them; %n years</extracomment>
        <translation>
            <numerusform>Von 100 Menschen wie Ihnen werden innerhalb von %n Jahr etwa %1 %2.</numerusform>
            <numerusform>Von 100 Menschen wie Ihnen werden innerhalb von %n Jahren etwa %1 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled figures: people who have the event. Source: %1, version %2.</source>
        <translation>Ausgefüllte Figuren: Menschen, bei denen das Ereignis eintritt. Quelle: %1, Version %2.</translation>
    </message>
</context>
<context>
    <name>precis::ui::TaskRunner</name>
    <message>
        <source>In Progress</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>precis::ui::TherapyImpactPanel</name>
    <message>
        <source>The model could not compute a current risk, so the options&apos; effect cannot be drawn.</source>
        <translation>Das Modell konnte kein aktuelles Risiko berechnen, daher kann die Wirkung der Optionen nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The model could not compute a current risk (%1), so the options&apos; effect cannot be drawn.</source>
        <translation>Das Modell konnte kein aktuelles Risiko berechnen (%1), daher kann die Wirkung der Optionen nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Current risk</source>
        <translation>Aktuelles Risiko</translation>
    </message>
    <message>
        <source>Accepted set (none accepted)</source>
        <translation>Angenommene zusammen (keine angenommen)</translation>
    </message>
    <message numerus="yes">
        <source>Accepted set (%n options)</source>
        <translation>
            <numerusform>Angenommene zusammen (%n Option)</numerusform>
            <numerusform>Angenommene zusammen (%n Optionen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>Accepted set = 100 × (1 − (1 − r/100)^(HR₁ × HR₂ × …)), HRᵢ = ln(1 − rᵢ/100) / ln(1 − r/100); r: current risk, rᵢ: with option i alone; effects assumed independent.</source>
        <extracomment>Shown with the therapy-impact chart; r = current risk, r_i = risk with option i alone</extracomment>
        <translation>Angenommene zusammen = 100 × (1 − (1 − r/100)^(HR₁ × HR₂ × …)), HRᵢ = ln(1 − rᵢ/100) / ln(1 − r/100); r: aktuelles Risiko, rᵢ: mit Option i allein; Wirkungen als unabhängig angenommen.</translation>
    </message>
    <message>
        <source>Current</source>
        <extracomment>Short label under the current-risk bar</extracomment>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <extracomment>%1 the option&apos;s rank, as in the table&apos;s Rank column</extracomment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Accepted</source>
        <extracomment>Short label under the accepted-set bar</extracomment>
        <translation>Gewählt</translation>
    </message>
</context>
<context>
    <name>precis::ui::TimelineWidget</name>
    <message>
        <source>Observation</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikation</translation>
    </message>
    <message>
        <source>Allergy or intolerance</source>
        <translation>Allergie oder Unverträglichkeit</translation>
    </message>
    <message>
        <source>Safety fact</source>
        <translation>Sicherheitsrelevante Angabe</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Patientenakte</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Chart timeline</source>
        <translation>Aktenverlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Earlier value</source>
        <translation>Früherer Wert</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Correct Value...</source>
        <translation>Wert &amp;korrigieren...</translation>
    </message>
    <message>
        <source>Record a corrected value with a reason; the earlier value stays visible here.</source>
        <translation>Einen korrigierten Wert mit Grund erfassen; der frühere Wert bleibt hier sichtbar.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Superseded by a correction</source>
        <translation>Durch eine Korrektur ersetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>precis::ui::TrendPanel</name>
    <message>
        <source>Trend across visits</source>
        <translation>Trend über die Besuche</translation>
    </message>
    <message>
        <source>With &amp;input:</source>
        <translation>Mit &amp;Eingabewert:</translation>
    </message>
    <message>
        <source>Select a risk card with a result to see its trend.</source>
        <translation>Wählen Sie eine Risikokarte mit Ergebnis aus, um ihren Trend zu sehen.</translation>
    </message>
    <message>
        <source>No result to follow over time.</source>
        <translation>Kein Ergebnis für einen zeitlichen Verlauf.</translation>
    </message>
    <message>
        <source>cannot compute</source>
        <translation>nicht berechenbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 as of each of %n visit date(s), from the values known on that date.</source>
        <translation>
            <numerusform>%1 zu %n Besuchszeitpunkt, berechnet aus den zu diesem Zeitpunkt bekannten Werten.</numerusform>
            <numerusform>%1 zu jedem der %n Besuchszeitpunkte, berechnet aus den zum jeweiligen Zeitpunkt bekannten Werten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) could not be scored (missing or out-of-range inputs then).</source>
        <translation>
            <numerusform>%n Zeitpunkt konnte nicht berechnet werden (damals fehlende oder außerhalb des Bereichs liegende Eingabewerte).</numerusform>
            <numerusform>%n Zeitpunkte konnten nicht berechnet werden (damals fehlende oder außerhalb des Bereichs liegende Eingabewerte).</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits recorded yet.</source>
        <translation>Noch keine Besuche erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
</context>
<context>
    <name>precis::ui::UnlockWidget</name>
    <message>
        <source>Precis</source>
        <translation>Precis</translation>
    </message>
    <message>
        <source>Clinical decision support</source>
        <translation>Klinische Entscheidungsunterstützung</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Open another vault file</source>
        <translation>Eine andere Tresordatei öffnen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Fehler beim Entsperren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Precis locks itself when you are away. Lock now at any time with Ctrl+L.</source>
        <translation>Precis sperrt sich selbst, wenn Sie nicht am Platz sind. Mit Strg+L sperren Sie jederzeit sofort.</translation>
    </message>
    <message>
        <source>No vault chosen</source>
        <translation>Kein Tresor gewählt</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 file name, %2 folder</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Unlocking...</source>
        <translation>Wird entsperrt...</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment, then try again.</source>
        <translation>Zu viele Fehlversuche. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This user may not open this vault.</source>
        <translation>Dieser Benutzer darf diesen Tresor nicht öffnen.</translation>
    </message>
    <message>
        <source>The key file of this vault is missing. It must be next to the vault with the same name and the ending .keys. Restore it from a backup.</source>
        <translation>Die Schlüsseldatei dieses Tresors fehlt. Sie muss neben dem Tresor liegen, mit gleichem Namen und der Endung .keys. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file was not found. Choose another vault.</source>
        <translation>Die Tresordatei wurde nicht gefunden. Wählen Sie einen anderen Tresor.</translation>
    </message>
    <message>
        <source>The file that counts failed sign-ins (ending .auth) is damaged. Ask your administrator.</source>
        <translation>Die Datei, die fehlgeschlagene Anmeldungen zählt (Endung .auth), ist beschädigt. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The key file of this vault is damaged. Restore it from a backup or ask your administrator.</source>
        <translation>Die Schlüsseldatei dieses Tresors ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Nothing was changed. Restore it from a backup or ask your administrator.</source>
        <translation>Der Tresor ist beschädigt und kann nicht geöffnet werden. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translation>Der Tresor konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>This vault was made by a newer or incompatible version of Precis.</source>
        <translation>Dieser Tresor wurde mit einer neueren oder nicht kompatiblen Version von Precis erstellt.</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>The vault could not be opened because an internal check failed.</source>
        <translation>Der Tresor konnte nicht geöffnet werden, weil eine interne Prüfung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The key file next to this vault belongs to another version of the vault (from before or after a key change). Nothing was changed. Put the matching key file back, or restore both files from a backup.</source>
        <translation>Die Schlüsseldatei neben diesem Tresor gehört zu einer anderen Version des Tresors (von vor oder nach einem Schlüsselwechsel). Es wurde nichts verändert. Legen Sie die passende Schlüsseldatei zurück oder stellen Sie beide Dateien aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file is older than its key file: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</source>
        <translation>Die Tresordatei ist älter als ihre Schlüsseldatei: Sie wurde möglicherweise durch eine alte Kopie ersetzt. Es wurde nichts verändert. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The key file is older than the vault: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</source>
        <translation>Die Schlüsseldatei ist älter als der Tresor: Sie wurde möglicherweise durch eine alte Kopie ersetzt. Es wurde nichts verändert. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>This vault is older than the one this computer has already opened: both files may have been replaced by old copies. Nothing was changed. Ask your administrator.</source>
        <translation>Dieser Tresor ist älter als der, den dieser Computer bereits geöffnet hat: Beide Dateien wurden möglicherweise durch alte Kopien ersetzt. Es wurde nichts verändert. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>This file is not a Precis vault. Nothing was changed. Choose another vault.</source>
        <translation>Diese Datei ist kein Precis-Tresor. Es wurde nichts verändert. Wählen Sie einen anderen Tresor.</translation>
    </message>
    <message>
        <source>A restore of this vault was interrupted and cannot be finished. Ask your administrator to run the restore again.</source>
        <translation>Eine Wiederherstellung dieses Tresors wurde unterbrochen und kann nicht abgeschlossen werden. Bitten Sie Ihre Administration, die Wiederherstellung erneut auszuführen.</translation>
    </message>
    <message>
        <source>An administrator set your password, so you must choose your own before you continue. Sign in again to choose it.</source>
        <translation>Ihr Passwort wurde von einem Administrator festgelegt; Sie müssen Ihr eigenes wählen, bevor Sie fortfahren. Melden Sie sich erneut an, um es festzulegen.</translation>
    </message>
</context>
<context>
    <name>precis::ui::UsersPanel</name>
    <message>
        <source>Users and their roles</source>
        <translation>Benutzer und ihre Rollen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Add a user with roles and an initial password</source>
        <translation>Einen Benutzer mit Rollen und einem Anfangspasswort hinzufügen</translation>
    </message>
    <message>
        <source>Change &amp;Roles...</source>
        <translation>&amp;Rollen ändern...</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s roles</source>
        <translation>Die Rollen des ausgewählten Benutzers ändern</translation>
    </message>
    <message>
        <source>Re&amp;set Password...</source>
        <translation>Pass&amp;wort zurücksetzen...</translation>
    </message>
    <message>
        <source>Set a new password for the selected user</source>
        <translation>Ein neues Passwort für den ausgewählten Benutzer setzen</translation>
    </message>
    <message>
        <source>Re&amp;move User...</source>
        <translation>Benutzer &amp;entfernen...</translation>
    </message>
    <message>
        <source>Remove the selected user and rotate the data key</source>
        <translation>Den ausgewählten Benutzer entfernen und den Datenschlüssel wechseln</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>Die Benutzerliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>You</source>
        <extracomment>Tooltip of the signed-in user&apos;s row</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>Sie können sich nicht selbst entfernen.</translation>
    </message>
    <message>
        <source>%1 was added. They sign in with the initial password you gave them.</source>
        <translation>%1 wurde hinzugefügt und meldet sich mit dem Anfangspasswort an, das Sie übergeben haben.</translation>
    </message>
    <message>
        <source>The roles of %1 were changed.</source>
        <translation>Die Rollen von %1 wurden geändert.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 hat ein neues Passwort.</translation>
    </message>
    <message>
        <source>Remove User</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their key slot is deleted and the vault gets a new data key: every page is encrypted again, which takes a while for a large vault. Copies and backups made before now still open with their old password.</source>
        <translation>%1 kann sich danach nicht mehr anmelden. Der Schlüsselplatz wird gelöscht und der Tresor erhält einen neuen Datenschlüssel: Jede Seite wird neu verschlüsselt, was bei einem großen Tresor eine Weile dauert. Kopien und Sicherungen von vorher öffnen sich weiterhin mit dem alten Passwort.</translation>
    </message>
    <message>
        <source>Re&amp;move %1</source>
        <translation>%1 &amp;entfernen</translation>
    </message>
    <message>
        <source>Removing %1 and encrypting the vault with a new data key. Precis locks only when this has finished.</source>
        <translation>%1 wird entfernt und der Tresor mit einem neuen Datenschlüssel verschlüsselt. Precis sperrt erst, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 was removed and the data key was rotated.</source>
        <translation>%1 wurde entfernt und der Datenschlüssel gewechselt.</translation>
    </message>
    <message>
        <source>A&amp;dd User...</source>
        <translation>Benutzer hin&amp;zufügen...</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Set by an administrator; to be changed at the next sign-in</source>
        <translation>Vom Administrator festgelegt; bei der nächsten Anmeldung zu ändern</translation>
    </message>
</context>
<context>
    <name>precis::ui::VaultPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Write an encrypted copy of the vault and check it</source>
        <translation>Eine verschlüsselte Kopie des Tresors schreiben und prüfen</translation>
    </message>
    <message>
        <source>R&amp;estore...</source>
        <translation>&amp;Wiederherstellen...</translation>
    </message>
    <message>
        <source>Replace this vault with a backup</source>
        <translation>Diesen Tresor durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the vault and its key file, checked after writing. Restoring one replaces this vault and signs everyone out.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Kopie des Tresors und seiner Schlüsseldatei, nach dem Schreiben geprüft. Eine Wiederherstellung ersetzt diesen Tresor und meldet alle ab.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Rotate &amp;Data Key...</source>
        <translation>&amp;Datenschlüssel wechseln...</translation>
    </message>
    <message>
        <source>Encrypt the vault with a new data key</source>
        <translation>Den Tresor mit einem neuen Datenschlüssel verschlüsseln</translation>
    </message>
    <message>
        <source>New Re&amp;covery Key...</source>
        <translation>&amp;Neuer Wiederherstellungsschlüssel...</translation>
    </message>
    <message>
        <source>Replace the recovery key and show the new one once</source>
        <translation>Den Wiederherstellungsschlüssel ersetzen und den neuen einmal anzeigen</translation>
    </message>
    <message>
        <source>Rotate the data key when a copy of the key file may have left the clinic; removing a user rotates it too. Make a new recovery key when the printed one is lost or was seen by someone who should not have it.</source>
        <translation>Wechseln Sie den Datenschlüssel, wenn eine Kopie der Schlüsseldatei die Praxis verlassen haben könnte; das Entfernen eines Benutzers wechselt ihn ebenfalls. Erstellen Sie einen neuen Wiederherstellungsschlüssel, wenn der gedruckte verloren ist oder von jemand Unbefugtem gesehen wurde.</translation>
    </message>
    <message>
        <source>Automatic Lock</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>Lock every workstation after</source>
        <translation>Jeden Arbeitsplatz sperren nach</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked: %2 pages verified, the key file matches.</source>
        <extracomment>%1 file path, %2 number of pages</extracomment>
        <translation>Sicherung nach %1 geschrieben und geprüft: %2 Seiten bestätigt, die Schlüsseldatei passt.</translation>
    </message>
    <message>
        <source>Restore Vault from Backup</source>
        <translation>Tresor aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Rotate Data Key</source>
        <translation>Datenschlüssel wechseln</translation>
    </message>
    <message>
        <source>The vault gets a new data key and every page is encrypted again, which takes a while for a large vault. Every user keeps their password. Copies of the old key file no longer open the vault; backups made before now still open with the passwords of their time.</source>
        <translation>Der Tresor erhält einen neuen Datenschlüssel und jede Seite wird neu verschlüsselt, was bei einem großen Tresor eine Weile dauert. Alle Benutzer behalten ihr Passwort. Kopien der alten Schlüsseldatei öffnen den Tresor nicht mehr; Sicherungen von vorher öffnen sich weiterhin mit den damaligen Passwörtern.</translation>
    </message>
    <message>
        <source>&amp;Rotate Data Key</source>
        <translation>Datenschlüssel &amp;wechseln</translation>
    </message>
    <message>
        <source>Encrypting the vault with a new data key. Precis locks only when this has finished.</source>
        <translation>Der Tresor wird mit einem neuen Datenschlüssel verschlüsselt. Precis sperrt erst, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The data key was rotated.</source>
        <translation>Der Datenschlüssel wurde gewechselt.</translation>
    </message>
    <message>
        <source>New Recovery Key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>A new recovery key replaces the current one, which then no longer opens this vault (backups made before now still open with it). The new key is shown once: have paper or a printer ready.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel ersetzt den jetzigen, der diesen Tresor dann nicht mehr öffnet (Sicherungen von vorher öffnen sich weiterhin damit). Der neue Schlüssel wird einmal angezeigt: Halten Sie Papier oder einen Drucker bereit.</translation>
    </message>
    <message>
        <source>&amp;Make New Key</source>
        <translation>Neuen Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Making a new recovery key.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel wird erstellt.</translation>
    </message>
    <message>
        <source>A new recovery key was made. The previous one no longer opens this vault.</source>
        <translation>Ein neuer Wiederherstellungsschlüssel wurde erstellt. Der bisherige öffnet diesen Tresor nicht mehr.</translation>
    </message>
    <message>
        <source>Only an administrator may change the lock period.</source>
        <translation>Nur die Administration darf die Sperrfrist ändern.</translation>
    </message>
    <message>
        <source>The lock period could not be saved.</source>
        <translation>Die Sperrfrist konnte nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. Precis now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Gespeichert. Precis sperrt jetzt nach %n Minute ohne Eingabe.</numerusform>
            <numerusform>Gespeichert. Precis sperrt jetzt nach %n Minuten ohne Eingabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bac&amp;k Up...</source>
        <translation>Si&amp;chern...</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>precis::ui::WhatIfPanel</name>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Stops smoking (becomes a former smoker)</source>
        <translation>Hört mit dem Rauchen auf (wird Ex-Raucher)</translation>
    </message>
    <message>
        <source>Systolic BP:</source>
        <translation>Systolischer Blutdruck:</translation>
    </message>
    <message>
        <source>Total cholesterol:</source>
        <translation>Gesamtcholesterin:</translation>
    </message>
    <message>
        <source>HDL cholesterol:</source>
        <translation>HDL-Cholesterin:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Gewicht:</translation>
    </message>
    <message>
        <source>&amp;Reset to Current Values</source>
        <translation>Auf aktuelle Werte &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Treatments are not simulated here: a model&apos;s coefficient for being treated is not the effect of starting treatment.</source>
        <translation>Behandlungen werden hier nicht simuliert: Der Koeffizient eines Modells für eine bestehende Behandlung ist nicht der Effekt eines Behandlungsbeginns.</translation>
    </message>
    <message>
        <source>Select a risk card with a result to explore what would change it.</source>
        <translation>Wählen Sie eine Risikokarte mit Ergebnis aus, um zu erkunden, was es verändern würde.</translation>
    </message>
    <message>
        <source>No result to project.</source>
        <translation>Kein Ergebnis für eine Projektion.</translation>
    </message>
    <message>
        <source>These values cannot be scored: %1</source>
        <translation>Diese Werte können nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1, %2: current values against the values set below.</source>
        <translation>%1, %2: aktuelle Werte im Vergleich zu den unten eingestellten Werten.</translation>
    </message>
    <message>
        <source>The model cannot score these values. %1</source>
        <translation>Das Modell kann diese Werte nicht berechnen. %1</translation>
    </message>
    <message>
        <source>Current %1 → projected %2 (%3)</source>
        <extracomment>What-if result: current value -&gt; projected value (change)</extracomment>
        <translation>Aktuell %1 → projiziert %2 (%3)</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Projiziert</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
</TS>
