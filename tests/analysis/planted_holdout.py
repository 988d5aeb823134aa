"""Held-back planted safeguarding disclosures and hard negatives for Frontline Voice.

A held-back set of planted safeguarding disclosures and hard negatives, written
without sight of the screen's rules or training examples. It is used only to
measure recall and false alarms, never to write rules or train.

All texts are invented; any resemblance to real people or services is coincidental.
"""

__all__ = ["HOLDOUT", "HARD_NEGATIVES_HOLDOUT"]

HOLDOUT: dict[str, list[str]] = {
    "self_harm": [
        "i dont see the point in going on anymore",
        "Been cutting again since my appointment got cancelled.",
        (
            "Parking was a nightmare again, circled for forty minutes and then got a ticket "
            "because the machine wouldn't take cards. By the time I got to the desk they'd given "
            "my slot away. I know it's not their fault but I'd been building up to telling the "
            "doctor that I've been cutting my thighs most nights and thinking about taking "
            "everything in the cupboard. Now I've got to wait another three weeks and I'm not "
            "sure I can."
        ),
        (
            "My son told the receptionist he'd swallowed a whole box of his tablets and she just "
            "told him to take a seat and wait his turn."
        ),
        "honestly if the crisis line doesnt pick up tonight i think ill do something stupid",
        "I have been saving my pills for a while. I know how many I need now.",
        (
            "My husband say he want to die. He not eat, he not sleep, he say better for everybody "
            "if he is gone. Please somebody call us."
        ),
        (
            "mum keeps saying we'd all be better off without her and she's started giving her "
            "jewellery away"
        ),
        (
            "I'm a nurse on nights and some mornings I think about driving into the bridge pillar "
            "on the way home."
        ),
        (
            "She tried to hang herself last week and they discharged her after four hours with a "
            "leaflet."
        ),
        "Waited 6 hrs in A&E after taking an overdose, not one person checked on me.",
        "The burns on my arms aren't from cooking like I said at triage. I do them myself.",
        (
            "Not sure why I'm writing this here. I've written letters to my kids. Tonight feels "
            "like the night."
        ),
        "keep googling how many paracetamol it takes",
        "want to kill myself tbh",
        "cant stop thinking about ending it x",
        (
            "Please pass this to my GP: I stood at the edge of the top floor of the multi-storey "
            "on Tuesday. I didn't jump but I went back up on Wednesday too."
        ),
        (
            "My son is 19 and under the community team. The care coordinator has changed twice "
            "since Christmas and nobody told us, the phone just rings out. On Sunday he told me "
            "he'd looked up train times, not to go anywhere, to stand in front of one. He says it "
            "calmly like he's talking about the weather. I've hidden the knives and his tablets "
            "but I have to go to work. Who do I call?"
        ),
        (
            "when the voices get bad i bang my head on the wall til it bleeds and the ward staff "
            "just say calm down"
        ),
        (
            "My partner has been stockpiling his insulin. He told me it's his 'way out' if things "
            "get worse."
        ),
        (
            "I am tired of living. The doctor give me tablets for sleep and I think I take all of "
            "them one night."
        ),
        (
            "Since the miscarriage I've been punishing myself, not eating and hitting my legs "
            "with a hairbrush till they go purple."
        ),
        (
            "Gran says if they put her in a home she'll walk into the sea. She means it, she's "
            "said it every day this week."
        ),
        (
            "Feedback on staff wellbeing: the canteen shuts at 2 so nights get nothing hot and "
            "the rest room is now a store cupboard. I'm writing this on my break because I don't "
            "know who else to tell. I've been taking extra codeine from home before shifts, way "
            "more than I should, and last week I sat in my car after a shift thinking it'd be "
            "easier not to wake up. I can't afford to lose this job."
        ),
        (
            "physio was lovely but i should say i tried to end my life on saturday and no one has "
            "followed it up"
        ),
    ],
    "abuse_or_neglect": [
        (
            "Dad's carers haven't turned up for three days. He's been sat in the same pad and "
            "hasn't eaten."
        ),
        (
            "my nephew has took over mums bank card and she's got nothing left for food or the "
            "heating"
        ),
        (
            "Found bruises on my mother's wrists at the care home. Staff say she 'bumps into "
            "things' but they look like finger marks to me."
        ),
        (
            "Visiting hours on the ward are too short and the signs to ward 12 are useless, I "
            "walked round for ages. But the main thing is my mum. She's being discharged Friday "
            "back to her flat and her grandson moved in with her last year. Since then her "
            "pension goes straight to him, she's lost loads of weight, and she told me in a "
            "whisper that he shoves her if she asks for her purse. Please don't send her home to "
            "him."
        ),
        "the carer shouts at my nan and calls her a stupid old cow, I heard it all on the camera",
        (
            "District nurse here. One of my housebound patients has a son who collects his "
            "pension every Thursday and leaves him a tin of beans for the week."
        ),
        (
            "My sister has learning disabilities. Her so-called boyfriend makes her hand over her "
            "PIP and do things she doesn't want to do."
        ),
        (
            "Residents on the dementia unit are left in wet beds all night. One lady has pressure "
            "sores down to the bone and the family weren't told."
        ),
        (
            "The lady who clean for my uncle take money from his drawer every week. He is blind, "
            "he cannot see her. He is afraid to say something."
        ),
        (
            "someone keeps coming round getting grandad to sign papers he doesnt understand, hes "
            "changed his will twice this month"
        ),
        (
            "My aunt is bedbound and her husband goes off every weekend and leaves her with no "
            "water within reach."
        ),
        "saw a carer slap one of the residents across the face in the lounge on sunday afternoon",
        (
            "My brother has autism and lives in supported housing. The other tenants take his "
            "food and lock him out of his room, and staff know but do nothing."
        ),
        "nans carers keep taking her money",
        (
            "The home ties Mr J into his chair with a bedsheet so he can't stand up. Nobody has "
            "ever assessed him for that."
        ),
        (
            "My 89 year old father had a call from someone pretending to be his bank and now a "
            "new 'friend' drives him to the cashpoint every day."
        ),
        (
            "I'm an HCA. A lady on our ward says her daughter pushes her over when she visits at "
            "home, and she has new bruising every time she's admitted."
        ),
        (
            "neighbour is housebound, the flat stinks, nothing in the fridge. her son picks up "
            "her money but never actually visits"
        ),
        (
            "The domiciliary care agency keeps sending different carers, never the same face "
            "twice, and calls are meant to be 30 minutes but they're in and out in ten. Dad has "
            "been found by the neighbour on the floor twice, cold, in the same soiled clothes as "
            "the day before. His tablets are still in the blister packs from last week. I live "
            "200 miles away and nobody at the agency answers the phone."
        ),
        (
            "Dad has dementia and his new wife won't let any of us see him. She's already sold "
            "his house."
        ),
        (
            "They're giving my mum sedation at the home every afternoon to keep her quiet. It "
            "isn't on her prescription."
        ),
        (
            "the lodger has made my disabled uncle sleep on the sofa, took his bedroom and has "
            "his bank card"
        ),
        (
            "I am writing for my neighbour Mrs A, she is 84 and speak only little English. Her "
            "son and his wife live with her. They eat and she not eat. I see her in the garden in "
            "the cold with no coat, and she show me a bruise on her arm and say 'don't tell'. The "
            "surgery phone always take 45 minutes when I call. Please somebody visit her."
        ),
        (
            "Gran came in with a broken arm and a story that didn't add up, and the relative with "
            "her wouldn't let her speak for herself."
        ),
        (
            "A carer touches my mum in a way that makes her cry. She has dementia and can't tell "
            "anyone except me."
        ),
    ],
    "domestic_violence": [
        "My husband keeps my bank card and checks my phone every night before bed.",
        "Please don't send letters to my home address. My partner opens them and I'll get hurt.",
        "ex keeps turning up at the house and said hed burn it down with me inside",
        (
            "I want to complain that the antenatal clinic moved my appointment three times by "
            "text. The problem is my husband reads all my texts and now he thinks I'm lying about "
            "where I go. He already takes my wages and won't let me have a key to the house. Last "
            "night he pushed me into the door because I was late back. Please can you only "
            "contact me through the midwife at appointments."
        ),
        (
            "The bruises the nurse asked about were from my boyfriend, not a fall. I couldn't say "
            "with him sat right there."
        ),
        (
            "My husband hit me when I go to appointment alone. He say I must not speak to doctor "
            "without him. I am scared."
        ),
        (
            "I'm 24 and still live at home. Dad beats Mum most weekends and I've started sleeping "
            "in my clothes in case we have to run."
        ),
        "partner strangled me again last night",
        (
            "One of our receptionists told me in confidence that her husband locks her in the "
            "house on her days off and takes her phone with him."
        ),
        (
            "Wife throws things at me when she's been drinking. Last time it was a glass. I told "
            "the GP it was DIY."
        ),
        (
            "My son is 32 and lives with me. He's started pushing me about and demanding money, "
            "I'm frightened in my own home."
        ),
        "he tracks my location on my phone and goes mad if im even 10 mins late back from clinic",
        "Can the midwife please ring me on my work number only, never my mobile. He checks it.",
        "my sisters fiance hits her and she says its her own fault for winding him up",
        "Told me if I leave he'll take the kids and I'll never see them again.",
        "I'm not allowed to see my friends or family any more. He decides who I talk to.",
        (
            "my brother in law raped my sister at their house and the family are all saying keep "
            "it quiet"
        ),
        (
            "Missed my scan because he wouldn't let me take the car. Punched the wall next to my "
            "head when I asked."
        ),
        "girlfriend slaps me and says nobody would believe a man anyway",
        "My husband forces me to have sex when I say no. I am pregnant and very worried.",
        (
            "The parking at the health centre is a disgrace, disabled bays full of people who "
            "aren't disabled. I walk with a stick since my ex kicked my knee in, and he's still "
            "allowed round the house because of the kids. He turned up drunk on Saturday and said "
            "next time it won't be my knee. I've told the police before but nothing happens. I'm "
            "frightened."
        ),
        "hes threatening to post pics of me online if i leave him",
        (
            "I come with my sister to her outpatient appointments because her partner won't let "
            "her go anywhere alone, he says she'll 'make up stories'. She's been losing weight, "
            "she has a cut above her eye she won't explain and he answers every question the "
            "nurse asks her. Today he waited outside and she started crying as soon as the door "
            "shut. The two hour wait only made him angrier."
        ),
        (
            "I'm in a refuge now but my ex has found out which surgery I'm registered at. Please "
            "help."
        ),
        (
            "She takes all my wages and gives me ten pound a week and calls me useless if I ask "
            "for more."
        ),
    ],
    "child_at_risk": [
        (
            "kids next door are always left on their own, the youngest is about 3, seen them out "
            "at midnight"
        ),
        (
            "My 14 year old keeps getting picked up by older men in cars and comes home with new "
            "phones and cash."
        ),
        (
            "Health visitor here. Visited a home today where the baby had no cot, dog mess on the "
            "floors, and mum was barely conscious on the sofa."
        ),
        "my stepdad hits me with his belt when mums at work. im 13",
        (
            "The doctor was great with my son's burn but I need to tell someone my partner did it "
            "to him and I'm scared to go home."
        ),
        (
            "Waited nearly three hours in paeds A&E which is far too long with a poorly baby. "
            "While we waited there was a family next to us, the little girl must have been about "
            "five. She had a black eye and finger marks on her arm, and when her mum's boyfriend "
            "went to the vending machine she told my daughter 'he does it when I wet the bed'. I "
            "told the nurse on the desk but I'm not sure anyone followed it up."
        ),
        (
            "theres a girl in year 9 who says her uncle touches her and she made me promise not "
            "to tell"
        ),
        (
            "My friend child is 6 years, she is hungry always. Her mother sleep all day from "
            "drugs. Nobody feed her."
        ),
        (
            "Our daughter is 15 and a gang are making her carry drugs. They've said they'll hurt "
            "her little brother if she stops."
        ),
        "child in the waiting room had marks round his neck and flinched every time his dad moved",
        "My ex's new boyfriend is on the sex offenders register and he's living with my kids.",
        "Daughter is 13. Her boyfriend is 27.",
        "little one came back from contact with her dad covered in bruises saying daddy was cross",
        (
            "The children in that house are in dirty nappies all day and the baby's had a chesty "
            "cough for weeks. Never been taken to a doctor."
        ),
        "Someone my son met on an online game is asking him to send pictures of himself. He's 10.",
        "i am 11 and my mum drinks every day and hits me when shes drunk",
        (
            "My grandson is scared to go home. He says his mum locks him in his room with no food "
            "as a punishment."
        ),
        (
            "The school nurse drop-in is only once a fortnight, which isn't enough. My son's "
            "friend, who is 14, has been staying at ours most nights because his dad kicks him "
            "out when he's drinking. He turned up last week with no shoes and a cut lip and said "
            "he'd rather sleep in the park than go home. We're happy to feed him but we're not "
            "his family and he needs proper help."
        ),
        (
            "A woman in the paeds corridor screamed at her toddler and shook him really hard. "
            "Nobody did anything."
        ),
        (
            "our 16 yr old hasnt been home in 4 days, shes with men we dont know and says shes "
            "'working'"
        ),
        (
            "Baby was dropped by his dad while he was high. They said accident. That's the third "
            "accident."
        ),
        "stepson told me his real dad makes him watch porn with him",
        (
            "As a receptionist I want to raise that the booking system keeps double-booking the "
            "8.30 slots. Separately, a mum came in this morning with a baby of about eight weeks "
            "who was floppy and had a bruise on his cheek. She said the older brother did it, but "
            "the brother is two. She left before being seen when I said the GP would be a while. "
            "I've got her name but I'm not sure who to pass it on to."
        ),
        (
            "pls someone check the kids at flat 2b, constant screaming and a man shouting hes "
            "going to kill them"
        ),
        (
            "My nine year old says a man at her swimming club keeps messaging her and told her "
            "it's their secret."
        ),
    ],
    "staff_threat": [
        (
            "The night nurse told my dad if he pressed his buzzer once more she'd take it off him "
            "and leave him till morning."
        ),
        "Porter punched my brother yesterday.",
        "doctor kept commenting on my body during the exam and asked for my number after",
        (
            "The ward manager screams at junior staff, threw a clipboard at a student last week "
            "and says she'll end our careers if anyone reports her."
        ),
        "HCA pinned my mum down to change her and said stop fighting or I'll make it hurt",
        (
            "The security man push me to the wall and say he will call immigration if I come "
            "back. I only ask for an interpreter."
        ),
        (
            "Receptionist said she'd get me struck off the list and make sure no other practice "
            "took me if I complained."
        ),
        (
            "one of the male nurses kept coming into my side room at night while i was asleep and "
            "stroking my leg"
        ),
        (
            "The consultant told my colleague she'd have to sleep with him if she wanted her rota "
            "changed."
        ),
        (
            "A support worker at my brother's group home slapped him because he wouldn't get in "
            "the van."
        ),
        (
            "Car park barrier was broken so I was late for my physio slot, only by ten minutes. "
            "The physio (tall, grey hair, Tuesday afternoons) then kept me behind the curtain, "
            "said I owed him 'a favour' for seeing me late, and put his hand on my thigh and up "
            "my shorts. I left and cried in the car. I don't want to go back but I need the "
            "treatment."
        ),
        "that physio kept rubbing up against me and making comments about my underwear. vile",
        (
            "Agency carer told my nan she'd have her put in a home and never see her cat again if "
            "she told anyone about the money going missing."
        ),
        "Nurse said if I didn't stop crying she'd get me sectioned.",
        "Paramedic called me a slag and said next time he'd leave me on the floor.",
        (
            "Staff on the mental health unit held my son face down and one of them knelt on his "
            "back laughing."
        ),
        (
            "The dentist locked the surgery door and wouldn't let me leave till I signed up to "
            "the private plan."
        ),
        (
            "The new rota is unworkable and we're always two nurses down on nights. On top of "
            "that the charge nurse on our ward has started threatening staff. He told me in the "
            "office that if I put in another incident form he'd make sure my visa sponsorship was "
            "'reviewed', and last week he shoved a healthcare assistant against the drugs "
            "trolley. People are too scared to say anything."
        ),
        (
            "A senior colleague keeps blocking me in the sluice and making sexual remarks. I "
            "dread nights with him."
        ),
        (
            "The ward clerk found me on Facebook after I was discharged and keeps messaging. Last "
            "week he turned up at my house."
        ),
        "HCA on ward 7 told my gran she'd shut her up for good if she kept calling out",
        (
            "My dad is on the elderly care ward and he's deaf, so he doesn't always hear when "
            "he's spoken to. On Sunday I arrived early and heard a healthcare assistant tell him "
            "'do that again and you'll be sitting in your own mess all night'. Dad was shaking. "
            "Later he told me the same man squeezed his wrist until it hurt when he tried to get "
            "out of bed. Also the visitor parking was full."
        ),
        "gp threw my prescription at me then followed me out to the car park shouting",
        (
            "My key worker says if I don't do what she tells me she'll get social services to "
            "take my baby."
        ),
        (
            "Staff nurse hit a lady with dementia on the hand with a spoon at lunch to stop her "
            "grabbing."
        ),
    ],
}

HARD_NEGATIVES_HOLDOUT: list[str] = [
    "The wait was killing me but the nurse who finally saw me was brilliant.",
    "Nearly died of boredom in the waiting room, please bring back the magazines!",
    "The queue at the pharmacy hatch is an abuse of everyone's time.",
    "The mental health team were great after my depression last year, I'm doing really well now.",
    "The paediatric ward was lovely with my son, he even got a sticker for being brave.",
    "Parking charges here are daylight robbery.",
    "My husband came with me to the scan and the sonographer explained everything to both of us.",
    (
        "Receptionist was rude and didn't look up from her screen. Not great, but the doctor was "
        "fine."
    ),
    "Did my safeguarding level 3 training today, really well delivered, thanks to the trainer.",
    "Staff shortages are obvious, the nurses are run off their feet but still smiling.",
    "These new parking fines are a threat to anyone whose appointment overruns.",
    "I could have strangled the vending machine, it ate three pound coins.",
    "Dr Patel is a lifesaver, finally got my asthma under control.",
    "The physio absolutely killed me with those exercises but my knee is loads better.",
    "Food on the ward was criminal, cold chips again.",
    "My daughter hates needles and screamed the place down but the nurse was so patient with her.",
    "Dying for a cuppa after my fasting bloods, would be nice if the cafe opened before 9.",
    "Had my smear test, the nurse made me feel completely at ease.",
    "The signs to the fracture clinic are a joke, got lost three times.",
    "Hot flushes are killing me but the menopause clinic was really helpful.",
    "Referred myself for CBT for my anxiety, the online form was easy to fill in.",
    "The kids' play corner in outpatients needs new toys, half of them are broken.",
    "Mum's carers are brilliant, always on time and chat to her like a friend.",
    "Grandad's care home put on a lovely party for his 90th, he was made up.",
    "Blood test was painless, the phlebotomist is a pro.",
    "Consultant was a bit blunt but explained all the options clearly.",
    "The heat on the ward is unbearable, I was melting all night.",
    "Someone's phone kept ringing all night on the ward, drove me mad.",
    "A&E was a war zone on Saturday night but everyone kept smiling.",
    "The pharmacist spotted I'd been given the wrong strength inhaler, very grateful.",
    "Waited two hours and was ready to scream, but the care was good in the end.",
    "The midwife went through the birth plan with us and my husband felt really included.",
    "the self check in screens are a nightmare for older people like my dad",
    "Lovely health visitor came round to weigh the baby, very reassuring.",
    "Speaking as staff, the new rota has been a big improvement for our team.",
    "My son's ADHD assessment took two years to come through but the team were thorough.",
    "The hospital wifi is a total disaster.",
    "The car park barrier nearly took my wing mirror off, please get it looked at.",
    "Had my stitches out today, no pain at all.",
    "GP was running 40 mins late and I was fuming, but she apologised and took her time with me.",
    "Feeling so much better since starting the antidepressants, thanks to my GP for listening.",
    "The bereavement nurse was so kind after my wife passed last month.",
    "The dementia ward has a lovely new garden and mum enjoys sitting out there.",
    (
        "My little boy broke his wrist falling off the trampoline and fracture clinic were great "
        "with him."
    ),
    "Two police officers were waiting with someone in A&E, very polite to everyone around them.",
    "The smoking shelter is right by the entrance, you have to walk through a cloud to get in.",
    "The chemo nurses deserve a medal, every single one of them.",
    "Shout out to the porter who walked me all the way to X-ray when I was lost.",
    "Felt like a number not a person at the pre-op clinic.",
    "Talking therapies got me through a rough patch after I lost my job, I'm in a good place now.",
    "baby clinic was packed, waited an hour, need more staff",
    "The toilets on level 2 are a health hazard, no soap and no paper towels.",
    "Nurse was short with me when I asked about my results, a bit rude if I'm honest.",
    "Me and the wife had our flu jabs together, quick and easy.",
    "The appointment letter arrived the day after the appointment. Absolute shambles.",
    "Great support from the stop smoking service, three months smoke free!",
    "The dietitian didn't make me feel ashamed about my weight, which I really appreciated.",
    "Had a panic attack before my MRI and the radiographer talked me through it so calmly.",
    "The kids loved the therapy dog visiting the children's ward.",
    "Our safeguarding lead ran a really useful session on spotting coercive control.",
    "Fire alarm went off in the middle of my appointment, staff handled it calmly.",
    (
        "My ex-husband and I both came to our son's appointment and the doctor was great with us "
        "both."
    ),
    "Handover between night and day staff seemed a bit chaotic.",
    "I care for my wife who has MS and the respite service has been a godsend.",
    "Honestly the phone queue at 8am is pure torture.",
    "The optician was brilliant, spotted a problem early and referred me the same day.",
    "Hurt my back lifting boxes at work, the MSK physio sorted me out.",
    "dentist was really gentle, im usually terrified",
    "My teenage daughter felt properly listened to at the sexual health clinic, thank you.",
    "Repeat prescription took a week, ridiculous.",
    "Shocking lack of seats in eye clinic, elderly people left standing.",
    "The hospice team made dad's last days peaceful. We can't thank them enough.",
    "I'd kill for a decent coffee in this hospital.",
    "We've been short-staffed for months and morale is low, we desperately need more nurses.",
    "Good to see the self harm support poster up in the waiting room.",
    "My husband's stroke rehab has been fantastic, he's walking again.",
    "The 111 call handler was so patient while my toddler was crying in the background.",
    "Came off my bike and split my head, A&E glued it, in and out in 2 hours.",
    "Having a baby in a heatwave nearly finished me off, but the labour ward team were great.",
    "Security guard was friendly and helped me find the lift.",
    "They charged me for parking while I was having my own surgery, how is that fair.",
    "Discharge took all day, I was climbing the walls by the end.",
    "My son is autistic and the nurse adapted everything for him, so thoughtful.",
    "I'm an IDVA based in A&E, it would help our work to have another private room.",
    "The care home manager always rings us with updates about mum, really appreciated.",
    "The parking firm threatened me with court over a two pound ticket. Sort it out.",
    "Nurse got my vein first time, absolute hero.",
    (
        "My partner did all the cooking after my op and the district nurses were brilliant with "
        "the dressing."
    ),
    "Staff seemed stressed but nobody was unkind to me.",
    "The surgery phone system is a crime against humanity.",
    "Baby's jabs went fine, she cried for a minute then fell asleep.",
    "Drugs round was late, my painkillers were an hour overdue.",
    "The learning disability nurse was amazing with my brother and made his blood test easy.",
    (
        "Thought I was going to die when my waters broke in the car park, but the midwives were "
        "there in seconds."
    ),
    "The midwife asked me if I feel safe at home, which I do, but I'm glad they ask everyone.",
    "A police officer gave a talk about phone scams at our carers' group, very useful.",
    "My husband was rushed in with chest pains and the cardiac team saved his life.",
    "The ward was freezing, I was shivering all night, need more blankets.",
    "The GP told me off about my drinking, fair enough, I've cut right down.",
    "Children's A&E has its own waiting area now, so much better for my kids.",
]
