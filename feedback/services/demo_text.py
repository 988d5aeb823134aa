"""Synthetic free-text feedback for seed-demo: patient/carer FFT comments and staff pulse answers.

Each comment is put together from small invented parts (an optional scene-setting sentence, one
or two theme sentences whose {slots} are filled independently, an optional sign-off) and then
roughened with typos, lowercase and missing full stops. Nothing comes from real feedback. About
3% of comments carry fictional personal data for redaction to find: Ofcom drama phone ranges,
example.com/.org emails, and NHS numbers in the 999 test range with a valid check digit.

The word lists below are text blocks: a `[header]` line, then items one a line or joined by " | ".
"""

import random
import re
from collections import ChainMap
from dataclasses import dataclass

SECTORS = ("nhs_acute", "primary_care", "adult_social_care", "housing", "voluntary")
FFT_VALUES = ("very_good", "good", "neither", "poor", "very_poor", "dont_know")
AGREEMENT_ITEMS = ("valued", "workload", "safe_to_speak", "recommend", "resources")


@dataclass(frozen=True)
class PatientComment:
    fft: str
    good: str
    better: str
    respondent_type: str
    theme_hint: str


@dataclass(frozen=True)
class StaffComment:
    agreement: dict[str, int]
    change: str
    theme_hint: str


def _sections(text: str) -> dict[str, list[str]]:
    """Parse a text block of `[header]` lines followed by items (one a line, or split by ' | ')."""
    sections: dict[str, list[str]] = {}
    items: list[str] = []
    for line in text.strip().splitlines():
        if line.startswith("["):
            items = sections.setdefault(line.strip("[]"), [])
        elif line.strip():
            items.extend(part.strip() for part in line.split(" | "))
    return sections


# Relative weights: which topics each sector's patients (or staff) write about.
_WEIGHTS = _sections("""
[patient nhs_acute]
waiting_times 18 | staff_attitude 16 | communication 12 | staffing_levels 8 | parking_and_access 9
food 7 | cleanliness 6 | discharge_and_transfers 9 | appointments_booking 6 | continuity_of_care 5
[patient primary_care]
appointments_booking 22 | waiting_times 9 | staff_attitude 15 | communication 11 | prescriptions 10
continuity_of_care 9 | parking_and_access 5 | cleanliness 3 | staffing_levels 5
discharge_and_transfers 5
[patient adult_social_care]
continuity_of_care 16 | waiting_times 13 | staffing_levels 14 | staff_attitude 15 | communication 12
food 6 | cleanliness 4 | discharge_and_transfers 10 | appointments_booking 4
[patient housing]
repairs_and_housing_conditions 28 | communication 14 | staff_attitude 10 | waiting_times 10
appointments_booking 9 | cleanliness 7 | parking_and_access 6 | continuity_of_care 5
discharge_and_transfers 4 | staffing_levels 4
[patient voluntary]
staff_attitude 17 | communication 12 | continuity_of_care 10 | staffing_levels 9 | waiting_times 7
food 8 | parking_and_access 6 | appointments_booking 5 | discharge_and_transfers 6
funding_and_cuts 8
[staff nhs_acute]
staffing_levels 14 | workload_and_wellbeing 14 | it_systems 10 | training_and_development 7
pay_and_recognition 8 | communication 9 | parking_and_access 8 | discharge_and_transfers 8 | food 4
cleanliness 3 | waiting_times 5 | staff_attitude 5 | continuity_of_care 3 | appointments_booking 3
[staff primary_care]
workload_and_wellbeing 15 | appointments_booking 12 | it_systems 10 | staffing_levels 10
pay_and_recognition 7 | training_and_development 6 | communication 7 | staff_attitude 8
prescriptions 6 | continuity_of_care 5 | discharge_and_transfers 5 | parking_and_access 3
waiting_times 4
[staff adult_social_care]
pay_and_recognition 15 | staffing_levels 12 | workload_and_wellbeing 12 | continuity_of_care 10
training_and_development 7 | it_systems 6 | communication 8 | discharge_and_transfers 8
parking_and_access 6 | staff_attitude 5 | waiting_times 4 | food 3
[staff housing]
repairs_and_housing_conditions 16 | workload_and_wellbeing 12 | it_systems 10 | staffing_levels 8
communication 8 | training_and_development 6 | pay_and_recognition 6 | staff_attitude 8
discharge_and_transfers 5 | continuity_of_care 4 | cleanliness 4 | appointments_booking 6
waiting_times 4 | parking_and_access 3
[staff voluntary]
funding_and_cuts 16 | staffing_levels 12 | workload_and_wellbeing 10 | training_and_development 8
pay_and_recognition 8 | it_systems 6 | communication 7 | discharge_and_transfers 5
parking_and_access 4 | food 5 | continuity_of_care 5 | waiting_times 5
""")
PATIENT_THEMES = {
    sector: {k: int(v) for k, v in (item.split() for item in _WEIGHTS[f"patient {sector}"])}
    for sector in SECTORS
}
STAFF_THEMES = {
    sector: {k: int(v) for k, v in (item.split() for item in _WEIGHTS[f"staff {sector}"])}
    for sector in SECTORS
}
MOOD_BY_SECTOR = {  # share of patient comments that praise, complain, or do both
    "nhs_acute": {"praise": 50, "complaint": 30, "mixed": 20},
    "primary_care": {"praise": 42, "complaint": 38, "mixed": 20},
    "adult_social_care": {"praise": 48, "complaint": 30, "mixed": 22},
    "housing": {"praise": 30, "complaint": 50, "mixed": 20},
    "voluntary": {"praise": 62, "complaint": 18, "mixed": 20},
}
FFT_BY_MOOD = {  # follows the text, but noisily, as real FFT returns do
    "praise": dict(zip(FFT_VALUES, (62, 30, 4, 1.5, 0.5, 2), strict=True)),
    "complaint": dict(zip(FFT_VALUES, (3, 9, 18, 35, 33, 2), strict=True)),
    "mixed": dict(zip(FFT_VALUES, (18, 42, 24, 12, 2, 2), strict=True)),
}
CARER_SHARE = {
    "nhs_acute": 0.15,
    "primary_care": 0.1,
    "adult_social_care": 0.45,
    "housing": 0.08,
    "voluntary": 0.25,
}
STAFF_MOOD = {
    "nhs_acute": 3.0,
    "primary_care": 3.1,
    "adult_social_care": 2.8,
    "housing": 3.0,
    "voluntary": 3.5,
}
STAFF_PULL = {  # a staff member's topic drags the matching agreement scores down
    "workload_and_wellbeing": {"workload": -1.3, "valued": -0.4},
    "pay_and_recognition": {"valued": -1.1},
    "it_systems": {"resources": -1.3},
    "staffing_levels": {"workload": -1.0, "resources": -0.6},
    "training_and_development": {"valued": -0.5, "resources": -0.3},
    "staff_attitude": {"safe_to_speak": -1.3, "valued": -0.6},
    "communication": {"safe_to_speak": -0.6},
    "funding_and_cuts": {"resources": -1.0, "recommend": -0.3},
}

# Slot values: "[* name]" for every sector, "[sector name]" for one.
_SLOTS = _sections("""
[* mins]
10 minutes | 15 minutes | about 20 minutes | 25 mins | half an hour | 40 minutes | under an hour
35 mins | twenty minutes
[* hours]
three hours | 4 hours | five hours | six hours | nearly seven hours | over 8 hours | 9 hours
two and a half hours | 11 hours | 4 and a half hours
[* hours_short]
an hour | two hours | a couple of hours | 90 minutes
[* late]
40 minutes | 45 mins | over an hour | an hour and a half | nearly two hours | an hour
[* days_n]
two days | 3 days | a week | ten days | a fortnight | two weeks | 5 days | eight days
[* months]
six weeks | two months | three months | 4 months | six months | nearly a year | over a year
eighteen months
[* count]
three | four | five | 6 | seven
[* n_small]
two | three | 2 | 3
[* n_systems]
three | four | five | 6 | seven
[* beds]
24 | 28 | 30 | 32 | 36
[* day]
Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
[* daypart]
morning | afternoon | evening | night
[* time]
8am | 8.30 | 9am | 10:15 | half 11 | lunchtime | 2pm | 4.30pm | teatime | 7pm
[* late_time]
6pm | 7pm | half 7 | gone 8 | nearly 9pm | 10 at night
[* ago]
last month | a few weeks ago | in the spring | back in {month} | last year | recently
[* month]
January | March | April | June | September | November
[* tenure]
two years | five years | over 10 years | six months | 20 years
[* course]
a leadership course | mental health first aid | an apprenticeship | dementia training
safeguarding level 3
[* great]
great | brilliant | really good | fantastic | spot on | a relief | amazing
[* staff_adj]
kind | caring | friendly | professional | lovely | helpful | so kind | warm
[* staff_adj2]
patient | attentive | calm | cheerful | thorough | respectful | gentle | reassuring
[* bad_adj]
rude | dismissive | abrupt | off-hand | condescending | unhelpful | quite cold
really short with {whom}
[* money]
£3.50 | £4 | £5.20 | £6 | £8.40 | £12
[* diet]
diabetic | halal | vegetarian | gluten free | soft food
[nhs_acute staff]
the nurses | the doctors | the staff on {ward} | the healthcare assistants | the porters
the A&E team | the physios | the night staff | the staff in the day unit
[nhs_acute role]
the nurse | the consultant | the junior doctor | one of the HCAs | the ward sister | the physio
the porter | the paramedic
[nhs_acute place]
A&E | {ward} | outpatients | the {clinic} | x-ray | the day surgery unit
[nhs_acute ward]
Ward {ward_no} | Ward {ward_no} | Ward {ward_no} | the AMU | the stroke unit | the CDU
the surgical assessment unit | Ward {ward_no}B
[nhs_acute clinic]
fracture clinic | eye clinic | diabetes clinic | antenatal clinic | pre-op clinic | breast clinic
ENT clinic
[nhs_acute front]
the front desk | main reception | the A&E reception | the ward clerk
[nhs_acute people]
patients | patients | families
[nhs_acute unit]
the ward | ED | theatres | outpatients | AMU
[nhs_acute system]
the EPR | the e-obs system | the bed management system | the PAS | the order comms
[nhs_acute grade]
band 5 nurses | HCAs | band 6s | junior doctors | domestics
[primary_care staff]
the receptionists | the GPs | the practice nurses | the doctors | the care navigators
the reception team | the nurses
[primary_care role]
the GP | the practice nurse | the receptionist | the nurse practitioner | the pharmacist
the HCA who did {my} bloods | the paramedic at the surgery
[primary_care place]
the surgery | the practice | the waiting room | the health centre
[primary_care front]
reception | the front desk | the receptionist | the lady on the phone
[primary_care people]
patients | patients | our patients
[primary_care unit]
reception | the practice | the dispensary | the admin team
[primary_care system]
the phone system | the clinical system | the online consultation tool | the document workflow
the appointment system
[primary_care grade]
receptionists | practice nurses | salaried GPs | HCAs | care navigators
[adult_social_care staff]
the carers | the care workers | the home care team | the staff at the home | the reablement team
the night staff | the day centre staff
[adult_social_care role]
the social worker | the care manager | the OT | the main carer | the team leader | the new carer
the manager at the home
[adult_social_care place]
the care home | the day centre | home | the home
[adult_social_care front]
the office | the person at the agency office | the duty social worker
the council's contact centre
[adult_social_care people]
clients | the people we support | residents | service users
[adult_social_care unit]
the office | the care home | the community | the reablement team
[adult_social_care system]
the rostering system | the care planning app | the case recording system
the call monitoring system | the council portal
[adult_social_care grade]
care workers | senior carers | team leaders | night carers
[housing staff]
the repairs team | the contractors | the operatives | the customer service team
the housing officers | the caretakers | the call centre staff
[housing role]
the tenancy officer | the housing officer | the surveyor | the plumber | the caretaker
the operative | the estate officer | the man on the phone
[housing place]
the flat | the property | the block | the estate | the house
[housing front]
the contact centre | the call centre | the housing office | the repairs line
[housing people]
tenants | residents | tenants | customers
[housing unit]
the contact centre | the area office | the neighbourhood team | the repairs team
[housing system]
the housing management system | the repairs scheduling system | the CRM | the job ticket system
[housing grade]
housing officers | contact centre staff | surveyors | caretakers
[housing repair_item]
the boiler | the toilet | the front door lock | the kitchen tap | the extractor fan | the heating
the shower | the back bedroom window | the guttering | the lift
[housing room]
the bathroom | the back bedroom | the baby's room | the kitchen | all the bedrooms | the living room
[voluntary staff]
the volunteers | the staff at the centre | the befrienders | the drivers | the group leaders
the advice team | everyone at the hub
[voluntary role]
the befriender | the support worker | the advice worker | the coordinator
the volunteer driver | the lady who runs the group
[voluntary place]
the centre | the drop-in | the lunch club | the community hub | the church hall | the food bank
[voluntary front]
the man on the helpline | the lady on the front desk | the woman on the door
[voluntary people]
the people we support | clients | guests | members
[voluntary unit]
the centre | the hub | the helpline | the food bank
[voluntary system]
the referral database | the CRM | the spreadsheets | the shared drive
[voluntary grade]
volunteers | support workers | coordinators
[voluntary issue]
benefits | a PIP form | debt | Universal Credit | energy bills | a housing problem
""")
_NUMBER_SLOTS = {
    "queue_no": lambda rng: str(rng.randint(12, 48)),
    "ward_no": lambda rng: str(rng.randint(1, 34)),
}
COMMON_SLOTS = {key[2:]: items for key, items in _SLOTS.items() if key.startswith("* ")}
COMMON_SLOTS.update(_NUMBER_SLOTS)
SECTOR_SLOTS = {
    sector: {key.split()[1]: items for key, items in _SLOTS.items() if key.startswith(sector + " ")}
    for sector in SECTORS
}

# Everyday phrases. Scenes are written so that "I" and "Mum" both read correctly.
_PHRASES = _sections("""
[scene nhs_acute]
{who} came into A&E on a {day} {daypart}. | {who} was admitted to {ward} after a fall.
{who} had a knee operation on {day}. | {who} spent {days_n} on {ward}.
Attended the {clinic} on {day}. | {who} was brought in by ambulance at {time}.
Day surgery last {day}.
[scene primary_care]
Needed an appointment for {my} chest. | {who} went in for a blood test.
Asthma review with the practice nurse. | Rang about {my} medication on {day}.
{who} had a smear test last week. | Rang on {day} morning. | Saw the GP about {my} back.
[scene adult_social_care]
{my} carers come {n_small} times a day. | {who} moved into the care home {ago}.
{who} came out of hospital {ago}. | {my} care package started {ago}.
{who} started at the day centre {ago}.
[scene housing]
Been a tenant for over {n_small} years. | Reported a repair on {day}.
{who} moved into the flat {ago}.
Rang the repairs line on {day}. | {my} flat is on the 9th floor.
[scene voluntary]
{who} started coming to the lunch club {ago}. | {who} was referred by the GP.
Came to the drop-in for help with {issue}. | {who} was matched with a befriender {ago}.
Used the food bank for the first time {ago}. | {who} came to the advice session about {issue}.
[praise_endings]
Thank you. | Thank you so much. | Keep up the good work. | Couldn't fault it. | Well done all.
Really appreciated. | Many thanks. | 10/10
[complaint_endings]
Not good enough. | Really disappointing. | This isn't acceptable. | Please sort it out.
Very stressful. | Something needs to change. | Shocking.
[nothing]
Nothing | No | N/A | nothing | No. | Nothing really | Can't think of anything | no, all good
Nothing at all. | n/a | Not really | Nothing, keep doing what you're doing
[faint_praise]
The staff tried their best | Not much | Very little | Staff were nice enough | {role} was ok
Nothing | Some of the staff were kind
[mixed_links]
But | However | Only downside: | The one thing I'd say: | Shame that | Although
[after_mixed]
As above | See above
[suggestion *]
Just keep doing what you're doing. | More information leaflets. | Better signs.
[suggestion nhs_acute]
Wi-Fi for visitors. | A water fountain in outpatients. | Phone chargers on the ward.
[suggestion primary_care]
Maybe a few more chairs. | A hearing loop at reception.
[suggestion adult_social_care]
A copy of the rota each week would help.
[suggestion housing]
A newsletter about planned works. | Evening appointments for people who work.
[suggestion voluntary]
A second session in the week would be lovely. | A water fountain would be nice.
[relatives]
Mum | Dad | my husband | my wife | my son | my daughter | my partner | my nan
[staff_openings]
Honestly, | Simple: | For me it would be | It has to be | Definitely | One change? | Without a doubt
[staff_prefixes]
I love my team. | Good place to work overall. | The team is great but morale is low.
Been here {n_small} years. | It's a hard job. | I've worked in {unit} for {tenure}.
Speaking as one of the {grade}. | I work nights. | Part time, {n_small} days a week.
[staff_closers]
It's not rocket science. | We say this every survey. | Nothing ever changes though.
Then we could do the job we came into it for. | Otherwise people will keep leaving.
[staff_empty]
N/A | Not sure | Nothing, I love my job | no comment | -
[first_names]
Sarah | Priya | Tom | Aisha | James | Fatima | Gareth | Chloe | Ade | Siobhan | Kelly | Dave
Grace | Emma | Jo | Raj | Bernie | Lina
[last_names]
Patel | Khan | Jones | Williams | Okafor | Hughes | Begum | Nowak | Murphy | Taylor | Ahmed
Evans | Clarke | Singh | Roberts
[titles]
Nurse {first} | Dr {last} | Sister {last} | Dr {first} {last} | Mr {last} | Mrs {last}
[named *]
{title_name} was amazing. | {title_name} explained everything. | Special thanks to {title_name}.
[named nhs_acute]
Please pass on our thanks to {title_name} on {ward}.
[named primary_care]
{first} on reception sorted it all out.
[named adult_social_care]
{first}, one of the carers, is wonderful with {whom}.
[named housing]
{first} from the repairs team was brilliant. | Housing officer {first} {last} was a great help.
[named voluntary]
{first} the befriender has been a lifeline.
[contact]
Please ring me on {phone}. | You can call me on {phone} to discuss. | Please reply to {email}.
My email is {email} if someone could get back to me.
[nhs_number]
My NHS number is {nhs} if you want to look into it. | (NHS no {nhs})
[staff_personal]
My manager {first} has been really supportive. | Happy to talk, ring me on {phone}.
Email me at {email}. | {title_name} deserves recognition.
[phone_formats]
07700 900{} | 0113 496 0{} | 07700900{}
[typos]
appointment>apointment | received>recieved | definitely>definately | because>becuase
really>realy | waiting>wating | their>there | nurses>nurse's | tablets>tablet's
separate>seperate | explained>explaind | receptionist>receptionest
""")
TYPOS = dict(item.split(">") for item in _PHRASES["typos"])

# Patient sentences: "[theme polarity sector]", with "*" for lines that suit every sector.
PATIENT_TEXT = _sections("""
[waiting_times praise *]
Didn't have to wait long at all, seen within {mins}. | Hardly any wait, which made a big difference.
[waiting_times praise nhs_acute]
The wait in A&E was only {mins}, which was {great}.
Seen within {mins} of arriving in A&E on a {day} {daypart}, I couldn't believe it.
Triaged quickly and the wait to see a doctor was much shorter than expected.
Clinic ran on time and {who} was called in at {time} on the dot, no waiting about.
Minimal wait for the scan, in and out in {mins}.
The wait for {my} operation was shorter than we were told.
[waiting_times praise primary_care]
Called in on time, hardly any wait in the waiting room.
Only waited {mins} past the appointment time, which is fine.
Got a same day appointment and barely waited once in the surgery.
Blood results came back quickly, no waiting around for a call.
[waiting_times praise adult_social_care]
The carers arrive on time nearly every visit, never more than {mins} out.
No waiting around, the assessment happened within {days_n}.
Social worker came out quickly, within {days_n} of us ringing.
Morning call is always on time so breakfast and tablets are never late.
[waiting_times praise housing]
Repair was done quickly, within {days_n} of reporting it, which was {great}.
Got through to the repairs line in a couple of minutes, no waiting on hold.
Emergency repair sorted the same day, didn't wait more than {hours_short}.
Didn't have to wait long at all for the gas safety check.
[waiting_times praise voluntary]
No waiting list, {who} was matched with a befriender within {days_n}.
Got an appointment with the advice worker quickly, only waited {days_n}.
Seen straight away at the drop-in, no waiting around.
Queue at the food bank moved quickly and there were chairs to wait on.
[waiting_times complaint *]
The wait was far too long and nobody said why. | Waited {late} past the appointment time.
[waiting_times complaint nhs_acute]
Waited {hours} in A&E with no update.
{who} waited {hours} on a trolley in the corridor before getting a bed.
The wait in A&E was {hours} and nobody could tell us how much longer.
Waited {hours} for pain relief on {ward}.
Clinic was running {late} late and nobody said a word, we just sat there waiting.
Still waiting for a date for {my} operation, it has been {months}.
[waiting_times complaint primary_care]
Sat in the waiting room for {late} past the appointment time.
Waited {days_n} for a routine appointment.
Waited {days_n} for blood test results and had to chase them.
Waited in all day for a call back from the GP that never came.
[waiting_times complaint adult_social_care]
The carers are often {late} late, {who} was left waiting for tablets again.
Waited {months} for a social care assessment.
Tea call is meant to be at 5 but they turn up at {late_time}, far too long a wait.
We waited {days_n} for the care package to start.
[waiting_times complaint housing]
Waited {months} for a repair to {repair_item}.
On hold for {late} every time I ring, the wait is ridiculous.
Been on the waiting list for a transfer for years.
Waited in all day for a contractor who never turned up.
[waiting_times complaint voluntary]
The waiting list for a befriender is too long, {who} waited {months}.
Queue at the food bank was out the door and we waited over an hour in the cold.
Waited {days_n} for a call back from the advice line.
[waiting_times short_praise *]
no wait | quick service | seen quickly | Very quick | no waiting around
[waiting_times short_complaint *]
waited too long | Long wait | wait was far too long | waiting times
[waiting_times short_complaint nhs_acute]
{hours} wait in A&E | waited hours
[waiting_times short_complaint housing]
still waiting

[staff_attitude praise *]
{staff} were {staff_adj} and {staff_adj2}.
{staff} went above and beyond, nothing was too much trouble.
Really {staff_adj} staff who made {whom} feel at ease.
Everyone we met, from {front} onwards, treated {whom} with dignity and respect.
{role} was {staff_adj} and took time to listen. | Treated like a person, not a number.
[staff_attitude praise nhs_acute]
{staff} made a frightening time a lot less scary.
Even at {time} {staff} were {staff_adj} and {staff_adj2}.
[staff_attitude praise primary_care]
{role} was {staff_adj} and didn't make {whom} feel like a time waster.
[staff_attitude praise adult_social_care]
{staff} treat {whom} like family, always a laugh and a chat.
{role} is {staff_adj} and {who} looked forward to every visit.
[staff_attitude praise housing]
{role} was {staff_adj} and cleaned up after the job.
{role} was polite and respectful in {my} home.
[staff_attitude praise voluntary]
{staff} are {staff_adj} and never judge anyone.
{who} felt welcome from the first day, the volunteers are {staff_adj}.
[staff_attitude complaint *]
{front} was {bad_adj} when I asked a simple question.
One of {staff} was {bad_adj} and made {whom} feel like a nuisance.
Some staff were lovely but {role} was {bad_adj}.
Staff talked over {whom} as if {who} wasn't there. | Was made to feel stupid for asking.
[staff_attitude complaint nhs_acute]
Call bell ignored on {ward} and the nurse was {bad_adj} when she finally came.
[staff_attitude complaint primary_care]
The receptionist was {bad_adj} and wanted to know all {my} business at the desk.
[staff_attitude complaint adult_social_care]
One carer is on her phone the whole visit and barely speaks to {whom}.
[staff_attitude complaint housing]
{role} spoke to {whom} like a criminal. | The operative was {bad_adj} and left a mess everywhere.
[staff_attitude complaint voluntary]
The volunteer on the door was {bad_adj} and made {whom} feel like a scrounger.
[staff_attitude short_praise *]
lovely staff | Staff were brilliant | very kind staff | Friendly staff | everyone was so kind
[staff_attitude short_complaint *]
rude staff | Staff attitude | receptionist was rude | unfriendly

[communication praise *]
{role} explained everything clearly and checked {who} understood.
Kept informed at every stage, always knew what was happening next.
They actually listened to {whom} and didn't rush.
Clear explanation of what happens next, in plain English.
[communication praise nhs_acute]
The doctor took time to explain the scan results to the whole family.
Nurses kept us updated even when {who} was waiting for theatre.
[communication praise primary_care]
GP rang back when she said she would and explained the results.
Got a text with the results and what they meant.
[communication praise adult_social_care]
The office always ring if the carer is running late.
The social worker listened to what {who} wanted, not just what was available.
[communication praise housing]
Got a text the day before the repair and a call when the operative was on the way.
The housing officer explained the rent changes clearly.
[communication praise voluntary]
The advice worker explained the options clearly and signposted {whom} to the right people.
They listened and pointed {whom} to other services {who} didn't know existed.
[communication complaint *]
Nobody told us anything. | Not kept informed, had to chase for every update.
Felt like nobody was listening to {whom}. | Told different things by different people.
Too much jargon, came away not understanding what was going on.
[communication complaint nhs_acute]
Nobody told us {who} was being moved to another ward.
Letter arrived after the appointment date.
Doctors did the ward round and left without explaining anything to {whom}.
[communication complaint primary_care]
Results were 'normal, no action' but nobody explained what that meant.
Asked for a call back about the referral and never heard anything.
[communication complaint adult_social_care]
The office never lets us know when the carer is late or if it's a different carer.
Care plan changed and nobody told the family.
[communication complaint housing]
Reported the repair three times and each time there was no record of it.
Emails to the housing officer go unanswered. | Nobody explained why the repair was cancelled.
[communication complaint voluntary]
Was promised a call back about the grant and never heard anything.
The group changed day and nobody let {whom} know.
[communication short_praise *]
kept informed | explained everything | good communication | they listened
[communication short_complaint *]
communication | nobody tells you anything | poor communication | no one listens

[staffing_levels praise *]
Plenty of staff around, never felt rushed.
Even though they were clearly busy, {staff} never made {whom} feel rushed.
[staffing_levels praise nhs_acute]
Good to see enough nurses on the ward at night.
[staffing_levels praise adult_social_care]
Always two carers for the hoist, never a wait for the second one.
The carers stay the full time and never rush {whom}.
[staffing_levels praise housing]
Enough staff on the phones now, much better than last year.
[staffing_levels praise voluntary]
Lots of volunteers so there is always someone to talk to.
[staffing_levels complaint *]
{staff} are clearly short staffed and run off their feet. | Not enough staff, and it shows.
Lots of agency staff who didn't know {whom} or the routine.
[staffing_levels complaint nhs_acute]
Only one nurse for the whole bay on nights.
Not enough staff, {who} waited {late} for help to the toilet.
[staffing_levels complaint primary_care]
Clearly not enough GPs for the number of patients.
[staffing_levels complaint adult_social_care]
The carers are always rushing, in and out in ten minutes.
Short staffed so visits get cut short, {who} was rushed through a wash.
[staffing_levels complaint housing]
Not enough staff in the call centre, you can tell.
[staffing_levels complaint voluntary]
They need more volunteers, the group was cancelled twice because nobody could run it.
[staffing_levels short_praise *]
plenty of staff | never rushed
[staffing_levels short_complaint *]
more staff needed | short staffed | not enough staff | carers rushing

[parking_and_access praise *]
Easy to park and good disabled access. | Signs were clear and it was easy to find {place}.
[parking_and_access praise nhs_acute]
Parking was easy for once and the drop-off bay by the entrance helped.
[parking_and_access praise primary_care]
Step-free access and a ramp at the surgery door, no problems with {my} wheelchair.
[parking_and_access praise housing]
The lift was fixed quickly and the new ramp makes getting in and out easy.
[parking_and_access praise voluntary]
The minibus pick-up made it possible for {whom} to get there.
[parking_and_access complaint *]
Parking is a nightmare. | Nowhere to park near {place} and {who} can't walk far.
Signage is terrible, got lost trying to find {place}.
[parking_and_access complaint nhs_acute]
Drove round the car park for {mins} looking for a space and nearly missed the appointment.
{money} to park is daylight robbery, and the pay machines don't take cards.
The parking app never works and the barrier was broken.
[parking_and_access complaint primary_care]
The surgery door is heavy and there is no automatic button.
Bus only runs once an hour to the health centre.
[parking_and_access complaint housing]
The lift in the block has been broken for {days_n} and {my} flat is on the 9th floor.
No ramp to the front door even though they know about the wheelchair.
Residents' parking is full of cars that don't belong on the estate.
[parking_and_access complaint voluntary]
The hall is up a flight of stairs, no good for anyone with a walking frame.
No parking at the centre so {who} had to get two buses.
[parking_and_access short_praise *]
easy to park | good access
[parking_and_access short_complaint *]
parking is a nightmare | Parking!! | car park too small | no parking

[food praise *]
The food was hot and there was a good choice. | Lovely cup of tea as soon as we arrived.
[food praise nhs_acute]
Meals on {ward} were much better than expected and the menu had plenty of choice.
The housekeeper made sure {who} had something to eat after coming back from theatre.
[food praise adult_social_care]
The cook at the home knows exactly how {my} tea should be made.
The carers make proper meals, not just something in the microwave.
[food praise voluntary]
The lunch club meal is the highlight of {my} week.
The food parcel had fresh veg and toiletries as well as tins.
[food complaint *]
Food was cold by the time it arrived. | Not much choice for a {diet} diet.
[food complaint nhs_acute]
Nobody helped {whom} to eat and the tray was taken away untouched.
{who} missed a meal while in x-ray and nobody kept anything back.
Same sandwiches every day on {ward}.
[food complaint adult_social_care]
The carers just put a ready meal in the microwave and leave.
Food at the home is bland and there is no fresh fruit.
[food complaint voluntary]
The food bank had run out of basics before we got to the front.
[food short_praise *]
Food was lovely | good food | nice cuppa
[food short_complaint *]
Food was cold | awful food | food could be better

[cleanliness praise *]
Everywhere was spotless. | Very clean and tidy, you could see the cleaners working all day.
[cleanliness praise nhs_acute]
{ward} was spotless and the toilets were cleaned several times a day.
[cleanliness praise housing]
The communal areas are kept clean and the caretaker is great.
[cleanliness praise adult_social_care]
The home is always clean and never smells.
[cleanliness complaint nhs_acute]
The toilets were dirty and stayed that way all day. | Chairs in the waiting area were stained.
Bins overflowing on {ward} and the floor was sticky.
Dried blood on the floor of the bay that nobody cleaned for hours.
[cleanliness complaint housing]
The stairwell stinks and nobody cleans it.
Rubbish left in the bin store for weeks, now there are rats.
[cleanliness complaint adult_social_care]
Carers don't always wash their hands or wear gloves.
Commode left unemptied from the morning visit.
[cleanliness complaint primary_care]
The waiting room toilet was filthy. | Chairs in the waiting room were stained.
[cleanliness complaint voluntary]
The hall toilets were dirty and the kitchen needs a deep clean.
[cleanliness short_praise *]
very clean | spotless
[cleanliness short_complaint *]
dirty toilets | needs a good clean

[discharge_and_transfers praise nhs_acute]
Discharge was well organised, medication ready and transport booked.
The discharge team sorted the care package before {who} came home.
[discharge_and_transfers praise primary_care]
Referral to the hospital went through quickly, letter came in {days_n}.
The GP had the hospital discharge letter the next day and followed up.
[discharge_and_transfers praise adult_social_care]
Reablement team came the day after {who} got home from hospital, it was seamless.
The hospital, the carers and the GP all seemed to talk to each other for once.
[discharge_and_transfers praise housing]
The housing team arranged a ground floor flat so {who} could come home from hospital.
Grab rails and a level access shower were fitted before {who} was discharged.
[discharge_and_transfers praise voluntary]
The home from hospital volunteers did a shop and settled {whom} in.
[discharge_and_transfers complaint *]
Nobody joined things up between the hospital, social services and the GP.
[discharge_and_transfers complaint nhs_acute]
Told {who} could go home at 10am, finally left at {late_time} waiting for medication.
{who} was medically fit for {days_n} but stuck on the ward waiting for a care package.
Discharged at 11pm with no transport and no one at home.
[discharge_and_transfers complaint primary_care]
The hospital said the GP would follow up and the GP said it was the hospital's job.
The referral got lost and we had to start again.
[discharge_and_transfers complaint adult_social_care]
No care package in place when {who} was sent home from hospital.
Hospital, social services and the GP don't talk to each other.
[discharge_and_transfers complaint housing]
{who} couldn't come home from hospital because the adaptation still isn't done.
[discharge_and_transfers complaint voluntary]
Nobody at the hospital mentioned support after discharge, we found the charity ourselves.
[discharge_and_transfers short_praise *]
smooth discharge | joined up care
[discharge_and_transfers short_complaint *]
discharge delays | nobody joined up

[appointments_booking praise *]
Easy to book and a text reminder the day before.
[appointments_booking praise primary_care]
Got through on the phone at 8am first try.
The online booking is easy, booked a blood test in two minutes.
The call-back system means no sitting on hold for ages.
[appointments_booking praise nhs_acute]
Appointment letter came in good time and the text reminder was useful.
Easy to rearrange the outpatient appointment online.
[appointments_booking praise housing]
Booked the repair online and got a choice of morning or afternoon slot.
[appointments_booking praise adult_social_care]
The office changed the visit times when we asked, no fuss.
[appointments_booking praise voluntary]
Easy to book onto the group over the phone.
[appointments_booking complaint primary_care]
Rang at 8am, number {queue_no} in the queue, then all the appointments were gone.
Phone lines are impossible, rang {count} times and gave up.
The online booking never has any appointments available.
Can't get an appointment for {days_n}. | Told to ring back at 8am tomorrow, again.
[appointments_booking complaint nhs_acute]
Appointment cancelled the day before, second time this has happened.
The booking line rang out every time I tried to rearrange.
[appointments_booking complaint housing]
Given a morning slot, nobody came and nobody rang.
The repairs line cuts off after 20 minutes on hold.
[appointments_booking complaint adult_social_care]
We had no say over visit times, bedtime call at 7pm is far too early.
[appointments_booking complaint voluntary]
The helpline is only open two mornings a week and is always engaged.
[appointments_booking short_praise *]
easy to book
[appointments_booking short_praise primary_care]
got an appointment same day
[appointments_booking short_complaint *]
can't get through on the phone
[appointments_booking short_complaint primary_care]
8am scramble | phone lines | impossible to get an appointment

[prescriptions praise primary_care]
Repeat prescription ready at the pharmacy within two days of ordering on the app.
The practice pharmacist reviewed {my} tablets and sorted out the side effects.
[prescriptions complaint primary_care]
Repeat prescription request lost again and {who} ran out of inhalers.
Takes {days_n} to get a repeat prescription signed. | Prescription sent to the wrong chemist twice.
[prescriptions short_praise primary_care]
repeat prescriptions easy
[prescriptions short_complaint primary_care]
repeat prescriptions take too long

[repairs_and_housing_conditions praise housing]
The operative who fixed {repair_item} was {staff_adj} and cleaned up after himself.
Repair done properly first time. | New kitchen fitted and it looks great.
Damp survey done quickly and the mould treatment has worked.
{repair_item} was replaced within {days_n} and works perfectly.
[repairs_and_housing_conditions complaint housing]
Black mould in {room} for {months} and it's affecting the kids' chests.
Reported damp and mould {count} times and they just paint over it.
{repair_item} has been broken for {days_n}.
Contractor came, said it was a job for a different trade and left.
Windows won't shut, the heating doesn't work and the flat is freezing.
Leak from the flat above coming through the ceiling in {room} for {months}.
[repairs_and_housing_conditions short_praise housing]
repair done quickly | good repair
[repairs_and_housing_conditions short_complaint housing]
damp and mould | mould still not sorted | fix the repairs

[continuity_of_care praise *]
Seeing the same person each time means not having to repeat everything.
[continuity_of_care praise nhs_acute]
The same consultant followed {whom} through from admission to clinic.
[continuity_of_care praise primary_care]
Saw the same GP each time, didn't have to repeat {my} story.
[continuity_of_care praise adult_social_care]
{my} carers have been the same for months and they know the routine.
[continuity_of_care praise housing]
The same tenancy officer has dealt with us for years and knows the history.
[continuity_of_care praise voluntary]
Same befriender every week, {who} really looked forward to it.
[continuity_of_care complaint *]
Had to tell {my} story to {count} different people.
[continuity_of_care complaint nhs_acute]
{who} was moved {count} times between wards in one stay.
[continuity_of_care complaint primary_care]
Never see the same GP twice, have to explain everything again.
[continuity_of_care complaint adult_social_care]
Different carer nearly every day, never know who is coming.
{count} different carers in one week, it is confusing and upsetting for {whom}.
[continuity_of_care complaint housing]
Tenancy officer has changed three times this year, nobody knows the history.
[continuity_of_care complaint voluntary]
The befriender left and nobody replaced them.
[continuity_of_care short_praise *]
same carers every time | continuity
[continuity_of_care short_praise primary_care]
same GP every time
[continuity_of_care short_complaint *]
different person every time
[continuity_of_care short_complaint adult_social_care]
different carers all the time

[funding_and_cuts praise voluntary]
Glad the lunch club got its funding renewed, it is {my} lifeline.
Amazing what they do on a shoestring.
[funding_and_cuts complaint voluntary]
Please don't cut the befriending service, it is a lifeline for {whom}.
The group was cut from weekly to monthly because of funding.
[funding_and_cuts short_praise voluntary]
worth every penny
[funding_and_cuts short_complaint voluntary]
keep the lunch club open | don't cut the service
""")

# Staff answers: "core" noun phrases (the one change), "reason" sentences, "short" answers.
STAFF_TEXT = _sections("""
[staffing_levels core *]
more staff | filling the vacancies | less reliance on agency staff | safe staffing levels
[staffing_levels core nhs_acute]
more nurses on nights
[staffing_levels core primary_care]
another receptionist on at 8am
[staffing_levels core adult_social_care]
more carers on the rota
[staffing_levels core voluntary]
more volunteers
[staffing_levels reason *]
We are {count} down on the rota and it is the same people covering every gap.
Last {day} there were {n_small} of us for the whole of {unit}.
We lost {count} people this year and replaced one.
[staffing_levels reason nhs_acute]
Regularly {n_small} nurses for {beds} beds on nights, it isn't safe.
Agency staff don't know the patients or the routine.
[staffing_levels reason adult_social_care]
The carers are rushing from call to call and the clients notice.
Agency carers don't know the clients or their routines.
[staffing_levels reason primary_care]
Locums don't know the patients, so everything takes longer.
[staffing_levels reason voluntary]
Groups get cancelled because there is nobody to run them.
[staffing_levels short *]
More staff | more staff!! | staffing | fill the vacancies | more hands on the floor | recruit!
Staff. Staff. Staff.

[workload_and_wellbeing core *]
protected breaks | a manageable workload | finishing on time | proper wellbeing support
less paperwork and more time with {people}
[workload_and_wellbeing core adult_social_care]
realistic travel time between calls
[workload_and_wellbeing core housing]
a realistic caseload
[workload_and_wellbeing reason *]
Most shifts I don't sit down for {hours_short} and I go home exhausted.
{count} of my team are off with stress. | Staying late unpaid is just expected.
The wellbeing offer is a link to an app, that isn't support.
I haven't had a full lunch break since {month}. | I am doing the work of {n_small} people.
[workload_and_wellbeing reason housing]
I am holding nearly 400 tenancies on my patch.
[workload_and_wellbeing reason primary_care]
The GPs are seeing 40 patients a day and it is not sustainable.
[workload_and_wellbeing short *]
protected breaks | less pressure | burnout | time to breathe | a break! | less admin
time off that actually gets approved

[it_systems core *]
systems that talk to each other | one login instead of {n_systems} | laptops that actually work
fixing {system} | Wi-Fi that works in {unit}
[it_systems reason *]
I log into {n_systems} different systems to see one person's record.
{system} crashes most afternoons and we lose work.
We still write things on paper and type them up again later.
It takes {mins} to log on at the start of a shift.
The whole of {unit} shares one printer that jams.
[it_systems reason nhs_acute]
Computers on wheels are always flat or missing.
[it_systems reason adult_social_care]
Rotas come through by text at midnight.
[it_systems reason housing]
I can't see the repairs history from the housing system.
[it_systems short *]
IT | better IT | systems that work | faster computers | one login | computers that work
fix the IT

[training_and_development core *]
protected time for training | a proper induction | clear career progression | funding for courses
face to face training instead of e-learning
[training_and_development core nhs_acute]
a preceptorship that actually happens
[training_and_development core adult_social_care]
paid time to do the care certificate
[training_and_development reason *]
Mandatory training gets done at home in our own time.
I have been one of the {grade} for years with no way up.
New starters are thrown in at the deep end.
I have asked for {course} in my appraisal {n_small} years running.
The last face to face course I went on was before Covid.
[training_and_development reason housing]
Nobody trained us on damp and mould, we learned on the job.
[training_and_development short *]
training | more training | career progression | time for training | proper induction

[pay_and_recognition core *]
pay that reflects the job | a thank you from senior managers now and then | a decent pay rise
recognition for the work we do
[pay_and_recognition core adult_social_care]
being paid for travel time | a mileage rate that covers petrol
[pay_and_recognition core nhs_acute]
paying band 5s properly for band 6 work
[pay_and_recognition core voluntary]
recognition for the volunteers who keep this place going
[pay_and_recognition reason *]
I could earn more stacking shelves at the supermarket. | Bills have gone up and pay hasn't.
Nobody notices when we go the extra mile.
Agency staff get paid more than us for the same shift.
A card at Christmas from the chief exec is not recognition.
[pay_and_recognition reason adult_social_care]
Unpaid time between calls means I earn less than minimum wage some days.
[pay_and_recognition short *]
pay | better pay | Pay us properly | a pay rise | money | fair pay | pay rise!!

[communication core *]
managers who actually listen | being told about changes before they happen | better handovers
a proper team meeting once a month
[communication reason *]
Changes come out by email on the day with no explanation.
Senior managers never come down to {unit}. | Important information gets lost between shifts.
We found out about the restructure on social media.
Nobody asks the frontline before making decisions.
[communication short *]
listen to staff | better communication | communication from managers | listen to us
be honest with staff

[discharge_and_transfers core *]
joined-up working between the hospital, social care and housing
a single referral form for all partners
[discharge_and_transfers core nhs_acute]
faster care packages so patients aren't stuck waiting for discharge
[discharge_and_transfers core adult_social_care]
proper notice from the hospital before discharge
[discharge_and_transfers core housing]
hospitals telling us before someone is discharged to an unsuitable property
[discharge_and_transfers core primary_care]
discharge letters that arrive before the patient does
[discharge_and_transfers reason *]
Patients are stuck waiting for packages of care and everyone blames everyone else.
I spend hours chasing other services on the phone.
Last month someone waited {days_n} for a package of care.
Nobody owns the discharge so everyone chases everyone.
[discharge_and_transfers reason adult_social_care]
We get Friday afternoon discharges with no care plan and no medication.
[discharge_and_transfers short *]
joined up care | sort out discharge | delayed discharges

[parking_and_access core *]
free staff parking | somewhere to park near work
[parking_and_access core adult_social_care]
parking permits for community carers
[parking_and_access reason *]
Paying {money} a day to come to work is a joke.
The staff car park is a 15 minute walk away and not safe at night.
[parking_and_access reason adult_social_care]
I get parking tickets while I'm doing a visit.
I was late for {n_small} visits last week circling for a space.
[parking_and_access reason primary_care]
The district nurses get tickets outside patients' homes.
[parking_and_access reason voluntary]
Volunteers pay to park at the hospital when they do home from hospital runs.
[parking_and_access short *]
parking | free parking | staff parking

[food core *]
somewhere to heat food and take a proper break
[food core nhs_acute]
hot food for night staff
[food core voluntary]
more fresh food donations
[food reason nhs_acute]
The canteen shuts at 7pm and nights live on vending machine crisps.
[food reason adult_social_care]
Carers eat in the car between calls, if they eat at all.
[food reason voluntary]
The food parcels are mostly tins now.
[food short *]
hot food on nights | a staff room

[cleanliness core *]
more cleaning staff | regular cleaning of communal areas
[cleanliness reason *]
Cleaning hours were cut and it shows. | Tenants rightly complain about the bin stores.
[cleanliness short *]
more cleaners

[waiting_times core *]
clearing the backlog | faster assessments
[waiting_times core nhs_acute]
more triage capacity in ED
[waiting_times reason *]
People are waiting far too long and we see them deteriorate.
People wait months for an assessment and end up in crisis. | Waiting lists are {months} and growing.
[waiting_times short *]
waiting lists | the backlog

[appointments_booking core *]
a booking system that gives people real appointment slots
[appointments_booking core primary_care]
a phone system with call-backs | more appointments released online
[appointments_booking core nhs_acute]
a booking team that doesn't overbook clinics
[appointments_booking reason *]
Reception take abuse at 8.01 every morning when the phones open.
People ring {count} times just to get through. | The phone queue is {queue_no} deep by 8.05.
[appointments_booking short *]
phone system | the 8am rush

[repairs_and_housing_conditions core housing]
contractors who turn up when booked | a proper budget for damp and mould
a dedicated damp and mould team | being able to order the right materials first time
[repairs_and_housing_conditions reason housing]
Tenants take it out on us when contractors don't show.
We keep patching mould instead of fixing the ventilation.
Some repairs need {count} visits because the van never has the parts.
Half my week is chasing contractors for updates.
[repairs_and_housing_conditions short housing]
repairs backlog | damp and mould | contractors

[continuity_of_care core *]
keeping the same worker with the same people
[continuity_of_care core adult_social_care]
rotas that let the same carers visit the same clients
[continuity_of_care core primary_care]
named GP lists
[continuity_of_care reason *]
People get upset when a stranger turns up. | Cases get passed around and nobody knows the history.
People have had {count} different workers in a month.
[continuity_of_care short *]
continuity | same carers

[staff_attitude core *]
zero tolerance of abuse towards staff | an end to the blame culture
being treated with respect by senior managers
[staff_attitude reason *]
We get sworn at most days and nothing happens.
People are scared to raise concerns in case it comes back on them.
Racist comments from the public get brushed off.
[staff_attitude reason primary_care]
Receptionists get screamed at over the desk.
[staff_attitude short *]
respect | stop the bullying

[prescriptions core primary_care]
a pharmacy technician to handle repeat prescriptions
[prescriptions reason primary_care]
The GPs sign hundreds of repeats a day between patients.
[prescriptions short primary_care]
help with prescriptions

[funding_and_cuts core voluntary]
multi-year funding instead of 12-month grants | core funding, not just projects
[funding_and_cuts reason voluntary]
We spend half the year writing bids instead of helping people.
Staff leave because every contract ends in March.
Our funding ends in {month} and nobody knows if the service carries on.
[funding_and_cuts short voluntary]
funding | secure funding
""")

_SLOT = re.compile(r"\{(\w+)\}")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")


def patient_comments(rng: random.Random, n: int, sector: str) -> list[PatientComment]:
    """Return n synthetic patient or carer comments for an organisation in this sector."""
    _check_sector(sector)
    return [_patient_comment(rng, sector) for _ in range(n)]


def staff_comments(rng: random.Random, n: int, sector: str) -> list[StaffComment]:
    """Return n synthetic staff pulse answers for an organisation in this sector."""
    _check_sector(sector)
    return [_staff_comment(rng, sector) for _ in range(n)]


def nhs_number(rng: random.Random) -> str:
    """Return a fictional NHS number in the 999 test range with a valid modulus 11 check digit."""
    while True:
        digits = "999" + "".join(str(rng.randrange(10)) for _ in range(6))
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits)) % 11
        if check != 10:  # 10 means no valid number can end these digits
            number = digits + str(0 if check == 11 else check)
            return f"{number[:3]} {number[3:6]} {number[6:]}" if rng.random() < 0.7 else number


def _check_sector(sector: str) -> None:
    if sector not in SECTORS:
        raise ValueError(f"unknown sector {sector!r}; expected one of {', '.join(SECTORS)}")


def _patient_comment(rng: random.Random, sector: str) -> PatientComment:
    theme = _weighted(rng, PATIENT_THEMES[sector])
    person = _person(rng, sector)
    slots = ChainMap(person, SECTOR_SLOTS[sector], COMMON_SLOTS)
    mood = _weighted(rng, MOOD_BY_SECTOR[sector])
    if mood == "praise":
        good = _statement(rng, sector, theme, "praise", slots)
        better = _nothing_or_suggestion(rng, sector)
    elif mood == "complaint":
        good = _fill(rng, rng.choice(_PHRASES["faint_praise"] + ["", "", ""]), slots)
        better = _statement(rng, sector, theme, "complaint", slots)
    else:
        good, better = _mixed(rng, sector, theme, slots)
    if rng.random() < 0.03:
        good, better = _add_personal_data(rng, sector, good, better, slots)
    fft = _weighted(rng, FFT_BY_MOOD[mood])
    respondent = person["respondent_type"]
    return PatientComment(fft, _roughen(rng, good), _roughen(rng, better), respondent, theme)


def _person(rng: random.Random, sector: str) -> dict[str, str]:
    """Pronoun slots for the writer: a patient writes "I", a carer writes about "Mum"."""
    if rng.random() >= CARER_SHARE[sector]:
        return {"respondent_type": "patient", "who": "I", "whom": "me", "my": "my"}
    relative = rng.choice(_PHRASES["relatives"])
    return {"respondent_type": "carer", "who": relative, "whom": relative, "my": relative + "'s"}


def _statement(
    rng: random.Random, sector: str, theme: str, polarity: str, slots, scene: bool = True
) -> str:
    """One answer about a theme: now and then a two-word remark, usually a sentence or two."""
    if rng.random() < 0.12:
        remarks = _options(PATIENT_TEXT, f"{theme} short_{polarity}", sector)
        return _fill(rng, rng.choice(remarks), slots)
    options = _options(PATIENT_TEXT, f"{theme} {polarity}", sector)
    sentences = rng.sample(options, k=min(len(options), 1 + (rng.random() < 0.25)))
    if scene and rng.random() < 0.35:
        sentences.insert(0, rng.choice(_PHRASES[f"scene {sector}"]))
    if rng.random() < 0.6:
        sentences.append(rng.choice(_PHRASES[f"{polarity}_endings"]))
    return _fill(rng, " ".join(sentences), slots)


def _mixed(rng: random.Random, sector: str, theme: str, slots) -> tuple[str, str]:
    """Praise one topic and complain about another, e.g. kind staff but awful parking."""
    other = "staff_attitude"  # the commonest pairing: kind staff, but...
    if theme == other or rng.random() < 0.6:
        other = rng.choice([t for t in PATIENT_THEMES[sector] if t not in (theme, other)])
    praised, criticised = (theme, other) if rng.random() < 0.5 else (other, theme)
    good = _statement(rng, sector, praised, "praise", slots, scene=False)
    better = _statement(rng, sector, criticised, "complaint", slots)
    if rng.random() < 0.2:
        link = rng.choice(_PHRASES["mixed_links"])
        return f"{good} {link} {_lower_first(better)}", rng.choice(_PHRASES["after_mixed"] + [""])
    return good, better


def _nothing_or_suggestion(rng: random.Random, sector: str) -> str:
    roll = rng.random()
    if roll < 0.3:
        return ""
    if roll > 0.88:
        return rng.choice(_options(_PHRASES, "suggestion", sector))
    return rng.choice(_PHRASES["nothing"])


def _add_personal_data(
    rng: random.Random, sector: str, good: str, better: str, slots
) -> tuple[str, str]:
    """Name a member of staff in the praise, or leave contact details or an NHS number."""
    details = ChainMap(_personal_details(rng), slots)
    roll = rng.random()
    if roll < 0.4:
        named = _fill(rng, rng.choice(_options(_PHRASES, "named", sector)), details)
        return f"{named} {good}".strip(), better
    kind = "contact" if roll < 0.75 or sector == "housing" else "nhs_number"
    contact = _fill(rng, rng.choice(_PHRASES[kind]), details)
    if len(better) <= 12 or better in _PHRASES["nothing"]:
        return good, contact
    return good, _append(better, contact)


def _personal_details(rng: random.Random) -> dict[str, str]:
    """Invented names and contact details from ranges set aside for fiction and testing."""
    first, last = rng.choice(_PHRASES["first_names"]), rng.choice(_PHRASES["last_names"])
    phone = rng.choice(_PHRASES["phone_formats"]).format(f"{rng.randrange(1000):03d}")
    suffix, domain = rng.choice(["", "", "7", "82"]), rng.choice(["example.com", "example.org"])
    return {
        "first": first,
        "last": last,
        "phone": phone,
        "email": f"{first}.{last}{suffix}@{domain}".lower(),
        "nhs": nhs_number(rng),
        "title_name": rng.choice(_PHRASES["titles"]).format(first=first, last=last),
    }


def _staff_comment(rng: random.Random, sector: str) -> StaffComment:
    theme = _weighted(rng, STAFF_THEMES[sector])
    agreement = _agreement(rng, sector, theme)
    if rng.random() < 0.02:
        return StaffComment(agreement, rng.choice(_PHRASES["staff_empty"]), "none")
    slots = ChainMap(SECTOR_SLOTS[sector], COMMON_SLOTS)
    change = _staff_change(rng, sector, theme, slots)
    if rng.random() < 0.03:
        details = ChainMap(_personal_details(rng), slots)
        change = _append(change, _fill(rng, rng.choice(_PHRASES["staff_personal"]), details))
    return StaffComment(agreement, _roughen(rng, change), theme)


def _staff_change(rng: random.Random, sector: str, theme: str, slots) -> str:
    """The one change: a noun phrase, usually with a reason, sometimes a second wish."""
    if rng.random() < 0.08:
        return _fill(rng, rng.choice(_options(STAFF_TEXT, f"{theme} short", sector)), slots)
    core = rng.choice(_options(STAFF_TEXT, f"{theme} core", sector))
    opening = rng.choice(_PHRASES["staff_openings"]) + " " if rng.random() < 0.6 else ""
    parts = [f"{opening}{core}."]
    if rng.random() < 0.25:
        parts.insert(0, rng.choice(_PHRASES["staff_prefixes"]))
    if rng.random() < 0.75:
        parts.append(rng.choice(_options(STAFF_TEXT, f"{theme} reason", sector)))
    if rng.random() < 0.2:
        other = _weighted(rng, STAFF_THEMES[sector])
        parts.append("Also " + rng.choice(_options(STAFF_TEXT, f"{other} core", sector)) + ".")
    if rng.random() < 0.4:
        parts.append(rng.choice(_PHRASES["staff_closers"]))
    return _fill(rng, " ".join(parts), slots)


def _agreement(rng: random.Random, sector: str, theme: str) -> dict[str, int]:
    mood = rng.gauss(STAFF_MOOD[sector], 0.8)
    pull = STAFF_PULL.get(theme, {})
    scores = {item: mood + pull.get(item, 0.0) + rng.gauss(0, 0.6) for item in AGREEMENT_ITEMS}
    return {item: max(1, min(5, round(score))) for item, score in scores.items()}


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _options(table: dict[str, list[str]], prefix: str, sector: str) -> list[str]:
    return table.get(f"{prefix} *", []) + table.get(f"{prefix} {sector}", [])


def _fill(rng: random.Random, template: str, slots) -> str:
    """Replace {slot} markers (slot values may hold further slots) and capitalise sentences."""
    for _ in range(4):
        if "{" not in template:
            break
        template = _SLOT.sub(lambda match: _pick(rng, slots[match.group(1)]), template)
    return _SENTENCE_START.sub(lambda match: match.group(1) + match.group(2).upper(), template)


def _pick(rng: random.Random, value) -> str:
    if isinstance(value, str):
        return value
    return value(rng) if callable(value) else rng.choice(value)


def _append(text: str, sentence: str) -> str:
    return f"{text} {sentence}" if text.endswith((".", "!", "?")) else f"{text}. {sentence}"


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


def _roughen(rng: random.Random, text: str) -> str:
    """Typos, lowercase and missing full stops, as people type on phones."""
    if len(text) < 12:
        return text
    if rng.random() < 0.1:
        text = _typo(rng, text)
    if rng.random() < 0.07:
        text = text.lower()
    if rng.random() < 0.12:
        text = text.rstrip(".")
    return text


def _typo(rng: random.Random, text: str) -> str:
    for word, misspelt in TYPOS.items():
        if f" {word} " in text:
            return text.replace(f" {word} ", f" {misspelt} ", 1)
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if word.isalpha() and len(word) > 4]
    if not candidates:
        return text
    i = rng.choice(candidates)
    j = rng.randrange(1, len(words[i]) - 2)
    words[i] = words[i][:j] + words[i][j + 1] + words[i][j] + words[i][j + 2 :]
    return " ".join(words)
