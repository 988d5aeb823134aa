"""Self-written training examples for `analysis.safeguarding_semantic`.

Five groups, none from real feedback:

* ``DISCLOSURES``: texts that disclose possible harm, by kind, that the project team wrote
  by hand for the rules screen; the rules' tests (tests/analysis/planted_disclosures.py)
  read them from here, so the product imports no test.  The ``FRESH`` set in that file is
  deliberately *not* here: it is kept for measuring generalisation.
* ``HARD_NEGATIVES``: ordinary comments that use the same words (idioms, accidents, safe
  care, service complaints), read by the same tests.
* ``MORE_DISCLOSURES`` and ``MORE_HARD_NEGATIVES``: a second set, written blind to both
  screens and to the held-back sets, for the semantic screen only (the rules were not
  written against it).
* ``THIRD_DISCLOSURES`` and ``THIRD_HARD_NEGATIVES``: a third set, written the same way,
  mostly domestic abuse by partners and by relatives in the household.
* ``ORDINARY``: everyday praise, complaints and staff suggestions from the project's own
  synthetic generator, ``feedback.services.demo_text``: for each sector, the two answers of
  ``patient_comments(random.Random(0), 150, sector)`` and the answer of
  ``staff_comments(random.Random(1), 80, sector)``, keeping those of 25 characters or more,
  once each, and dropping most that carry a phone number.  Generated once and pasted here
  as a fixed list, so the product does not import ``feedback``.  The names and contact
  details in them are invented (example.com and .org addresses, Ofcom drama numbers).

No text here is a near copy of a held-back planted text (equal but for case and punctuation,
or 0.85 or closer in meaning): the 19 that were, written apart by people who had not seen
the held-back sets, were removed (docs/analysis.md).

Spelling slips are deliberate.
"""

from __future__ import annotations

__all__ = [
    "DISCLOSURES",
    "HARD_NEGATIVES",
    "MORE_DISCLOSURES",
    "MORE_HARD_NEGATIVES",
    "ORDINARY",
    "THIRD_DISCLOSURES",
    "THIRD_HARD_NEGATIVES",
]

DISCLOSURES: dict[str, tuple[str, ...]] = {
    "self_harm": (
        "I don't want to be here any more, nobody listens",
        "some days i just want to end it all",
        "I've been cutting myself again since they discharged me",
        "I have thought about taking an overdose with the tablets I've been saving",
        "My son told the nurse he wanted to kill himself and she just sent him home",
        "I feel suicidal and the crisis line never answers",
        "been having suicidal thoughts for weeks and the GP says wait 12 weeks",
        "My daughter has been self harming and CAMHS turned her away",
        "I'm stockpiling my meds in case it gets too much",
        "Honestly I feel like I'd be better off dead",
        "everyone would be better off without me",
        "I tried to hang myself last month and nobody followed up",
        "I took an overdose in March and still haven't had a call back",
        "i want to die. i cant cope anymore",
        "I keep thinking about jumping off the bridge near the hospital",
        "My partner has been talking about ending his life",
        "I've started harming myself again",
        "Dad says he wishes he could go to sleep and not wake up",
        "I can't see the point in living anymore",
        "no reason to live since my wife passed, the home doesn't care",
        "i have been burning myself with cigarettes",
        "I'm not suicidal but I do think about not waking up",
        "I'm planning to end things this weekend",
        "Ive had enough of life, I just want it all to stop",
        "My mum attempted suicide while on the ward",
        "he slit his wrists in the toilet and staff didn't notice for an hour",
        "I was sectioned after trying to take my own life",
        "i've been thinking of ways to kill myself",
        "thoughts of suicide every day, waiting list is 9 months",
        "My brother is threatening to kill himself if they discharge him",
        "I feel like a burden and want to disappear for good",
        "the voices tell me to hurt myself",
        "Staff on the ward let a patient self-harm with a broken plastic knife",
        "Since the diagnosis I have felt like killing myself",
        "I don't see a future, I'm done with living",
        "I sometimes wish I was dead",
        "Im going to end my life if nothing changes",
        "My wife overdosed on her antidepressants last week",
        "she has been self-harming since she was 13",
        "I just want to go to sleep and never wake up",
        "i am suicdal and nobody will help me",
        "I've saved up enough pills to finish it",
        "he keeps saying he's going to top himself",
        "I'm scared I'll do something stupid to myself",
        "i want to jump in front of a train",
        "I've been self harming to cope with the stress at work",
        "a colleague told me she had been thinking of ending it all after the restructure",
        "my son tried to take his own life twice this year",
        "life isn't worth living anymore",
        "I was on suicide watch and they still left me alone with a belt",
        "i just want to die",
        "theres no point going on",
        "I've been thinking about ending my life since the miscarriage",
        "my daughter cuts her arms and the school just ignored it",
        "he swallowed a whole packet of paracetamol",
        "I nearly jumped from the multi storey car park last week",
        "sometimes I think everyone would be happier if I wasn't around",
        "She tried to strangle herself with a scarf on the ward",
        "I've written goodbye letters to my kids",
        "had a go at killing myself in january",
        "i keep having urges to hurt myself",
        "Been feeling suicidle for months",
        "mum said she doesn't want to wake up tomorrow",
        "I've got a plan to take my life",
        "he was found with a ligature round his neck",
        "im gonna kill myself if i get sent back to that unit",
        "my friend attempted to end her life",
        "I've taken too many tablets on purpose before",
        "i starve myself to punish myself",
        "I'm a danger to myself and nobody sees it",
        "to be honest I've thought about ending it more than once this year",
        "my teenage son has been cutting his legs and nobody at the surgery took it seriously",
        "I took a load of my mum's sleeping tablets last christmas",
        "the only thing stopping me killing myself is my dog",
        "I'm tired of being alive",
        "He rang 111 saying he was going to throw himself off a bridge",
        "the thoughts of taking my own life are getting stronger",
        "i don't think i can keep myself safe much longer",
        "I've started self-harming again and I'm too ashamed to tell my GP",
        "my wife tried to end her life in the summer and we waited 6 weeks for a follow up",
        "Some nights I sit with the pills in my hand",
        "i just dont want to be alive anymore",
        "I've had thoughts of killing myself since losing my job",
        "my brother overdosed last month and was discharged the same day",
        "i feel like ending it tonight",
        "she's been hurting herself and hiding it under long sleeves",
        "I just want everything to end",
        "Been self-harming since I was 14 and still no therapy",
        "My husband said he'd rather be dead than carry on like this",
        "i have no will to live",
        "My mum found me after I tried to kill myself",
        "some days i wish i could just disappear forever",
        "ive been thinking about ways to end it",
        "my son has been researching how to kill himself online",
        "i keep cutting and the scars are getting worse",
        "nobody would miss me if i was gone",
        "Dad tried to hang himself in the garage",
        "i took 30 paracetamol last week and didnt tell anyone",
        "im at the point where i dont want to go on",
        "She's been talking about suicide a lot lately",
        "i've made a plan and i know how i'd do it",
        "i hurt myself when things get too much",
        (
            "After the stillbirth I went home and honestly I didn't want to carry on, I still "
            "don't some days"
        ),
        "the waiting list is so long that by the time they see me I might not be here",
        "I tried to drown myself in the bath in February",
        "My daughter (16) has been burning her arms with a lighter",
        "as a nurse on this ward I've had suicidal thoughts because of the workload",
        "I have been self medicating and last month I took everything in the cupboard",
        "I was found unconscious after taking an overdose and the ambulance crew were kind",
        "my partner keeps saying everyone would be better off if he just went away for good",
        "i wanna die",
        "Im fed up of living like this, I want to go to sleep forever",
        "i cant stop thinking about killing myself",
        "my friend cut her wrists last night",
        "i took all my sleeping tablets at once",
        "i want to end my life",
        "my son keeps saying he wants to die",
        "been self harming for months",
        "I feel like there's no way out except suicide",
        "I'm going to jump off the bridge",
        "she tried to take an overdose at school",
        "i don't want to live anymore",
        "I ended up in A&E after swallowing bleach",
        "my mate hung himself in the summer and I keep thinking I'll do the same",
        "i bang my head against the wall until it bleeds when i'm upset",
        "Since my husband died I've been stockpiling insulin",
        "the crisis team told me to have a bath when I said I wanted to kill myself",
        "my teenage daughter has scars all over her arms from cutting",
        "I've been researching how many tablets it would take",
        "i'm not coping and i've started scratching my arms till they bleed",
        "My son walked into the sea last year trying to drown himself",
        "part of me wants to just not exist anymore",
        "he said one of these days he'll just steer the car into a lorry on the motorway",
        "I keep going to the level crossing and waiting for the train to come",
        "i was stood at the edge of the cliff for an hour deciding whether to go",
        "they took my shoelaces but I still found a cord to tie round my throat",
        "My kids would get on fine without me, they'd probably be relieved",
        "honestly the family would manage better once I'm gone for good",
        "I doubt I'll still be here by the new year, I'm so tired of fighting",
        "I've worked out exactly how many of my tablets it would take",
        "I've got it all planned, the date and the place, I just haven't told anyone",
        "left a note for my wife explaining everything, just in case",
        "she's got fresh cuts across both forearms and wears long sleeves in summer",
        "i pick at my skin with a blade until it bleeds, it's the only thing that helps",
        "my dad keeps saying he'll walk into the river one night and no one will find him",
        "when the pain gets like this I just want it to stop forever, not just for today",
    ),
    "abuse_or_neglect": (
        "My mum was left in a soiled pad for hours at the care home",
        "Dad was left without water all day, his lips were cracked",
        "The carers didn't give her her medication for three days",
        "my nan's carer has been taking money from her purse",
        "My brother's taking all of mum's pension and won't let her buy food",
        "they lock him in his room at night",
        "She was found lying in urine when we visited",
        "Nobody fed my father, his meals were left out of reach",
        "my son in law hits my mother when nobody is watching",
        "my neighbour is being financially abused by her nephew",
        "Grandad came home with bruises on his arms that nobody could explain",
        "my sister has been taking money out of dad's account without asking",
        "Mum has had pressure sores for weeks and nobody turned her",
        "the care home left him sitting in his own faeces",
        "i am being kept in the house and not allowed out",
        "my son takes my bank card and I have no money for food",
        "My aunt's lodger pushes her around and shouts at her",
        "the home ran out of his insulin and didn't get more for two days",
        "my husband with dementia was left on the floor for six hours after a fall",
        "residents are left in bed all day and not washed",
        "mum hasn't been given a drink all day, she is dehydrated",
        "She was sexually assaulted by another resident and the home didn't report it",
        "my uncle's friends have moved in and are taking his benefits",
        "I am frightened of my son, he hit me last week",
        "The home keep him sedated so he's less trouble",
        "i think someone is stealing from my mum, money keeps going missing",
        "the agency carer took £200 from his wallet",
        "Dad's care package was cancelled and he has been left with no food in the house",
        "they tie her to the chair so she doesn't wander",
        "she was left in wet pads overnight",
        "my neighbour's daughter screams at her and I heard her being slapped",
        "he has lost 2 stone in the nursing home because no one helps him eat",
        "my mother is being forced to sign things over to my brother",
        "My dad is being beaten by his carer",
        "the staff locked her in her room as punishment",
        "my partners mum is being neglected by her family",
        "he gets left alone for days without his tablets",
        "i was raped by a man in the hostel",
        "people are using my neighbour's flat to deal drugs and she is too scared to say no",
        "mum gets no food unless I go in, the carers just leave the tray",
        "my father was assaulted on the ward by another patient",
        "my brother keeps my benefits and gives me £10 a week",
        "his care workers don't turn up and he's left in bed unwashed",
        "she had bruising on her wrists like she had been grabbed",
        "i have been hit by my son several times",
        "my disabled sister is not being fed properly at the supported living",
        "my mum's been left sat in the same dirty clothes for days",
        "the carer keeps asking my dad to lend her money",
        "elderly man upstairs is being neglected, nobody checks on him",
        "Dad's new 'friend' has taken over his bank account",
        "my grandson shouts at me and takes my pension every week",
        "the home left my nan lying in a soaking wet bed all night",
        "her son shouts at her and pushes her around",
        "Mum's carers leave her without anything to drink between visits",
        "he came out of the home dehydrated and covered in pressure sores",
        "my uncle is scared of his grandson who lives with him",
        "someone has been using my dad's bank card",
        "they keep my brother locked in his room at the care home",
        "the staff leave residents soaked in urine",
        "my brother with learning disabilities gets hit by the people he lives with",
        "my elderly mother is being financially exploited by a lodger",
        "grandma hasn't been washed for a week at the home",
        "he was left in the same dirty pad all day",
        "the residents are left hungry because there aren't enough staff to feed them",
        "my dad's neighbour keeps taking his pension off him",
        "she is being neglected by the agency carers",
        "my grandmother's carers are stealing her jewellery",
        "Dad has been left in bed for two days without being moved",
        "my brother controls all of mum's money and she can't even buy a coat",
        "the nursing home staff are leaving my aunt in wet sheets overnight",
        "mum's new boyfriend has moved in and is taking her money",
        "The man next door keeps coming round and taking my gran's pension",
        "my father is being hit by my brother who he lives with",
        "nobody has given my husband a wash or a shave since he went into respite",
        "she has been left with no heating and no food since her carer stopped coming",
        "a resident punched my mum and the home did nothing",
        "I think my disabled son is being financially abused by his support worker",
        "my sister in law slaps mum when she gets confused",
        "the care home lets my father sit in his own urine for hours",
        "my aunt's son takes her benefits and leaves her with nothing",
        "carers keep missing visits and mum hasn't eaten properly in days",
        "a man from church has been taking advantage of my gran and getting money off her",
        "my uncle's wife hits him and he's got dementia",
        "Mum came back from respite with a black eye that no one could explain",
        "the staff shout at the residents and leave them in their rooms all day",
        "my neighbour is 90 and her grandson has been stealing from her",
        "dad's carer has been borrowing money off him and not paying it back",
        "they leave my brother who is disabled in soiled clothes",
        "my granny is scared of the man who lives with her",
        "the carers dont give mum her tablets and she's getting confused",
        "my dad was found on the floor of his room at the care home covered in poo",
        "my mums husband has been hitting her, she is 82",
        ("the home is charging my nan for things she never gets and her money keeps disappearing"),
        (
            "my brother who has learning difficulties is being bullied and robbed by people "
            "in his flats"
        ),
        "grandad goes days without a hot meal because the care company keep cancelling",
        "my neighbour's carer shouts at her and pushes her about",
        "they put my mum to bed at 4pm and leave her there until the morning",
        "my uncle was beaten up by his lodger",
        (
            "When we visited mum she had not been given a drink since breakfast and her mouth "
            "was dry and cracked"
        ),
        "I found out the agency carers have been using dad's card to buy their own shopping",
        (
            "my mother came home from the care home with a broken wrist and they said they "
            "didn't know how"
        ),
        (
            "our son, who is 34 and autistic, has been locked out of his supported flat by "
            "staff as a punishment"
        ),
        (
            "there is an old lady in our block whose son shouts at her all night and takes "
            "her pension"
        ),
        (
            "the residents sit in the lounge all day with no one speaking to them and they "
            "are not taken to the toilet"
        ),
        "my dad was slapped by another resident and the home didn't tell us for a week",
        "my gran has bruises on both arms and says she's scared of her carer",
        "the care home didn't call a doctor for three days even though my dad couldn't swallow",
        "my sister's husband has control of her money and she has learning disabilities",
        "my dad's carer hits him",
        "Mum was left in dirty sheets all weekend",
        "my nan has been left without food for two days",
        "the home isn't giving him his medication",
        "my grandson steals my pension",
        "my brother is being abused by the staff at his day centre",
        "they leave her sitting in urine",
        "my mum's neighbour has been taking money from her",
        "my dad is being neglected by his care home",
        "my son pushes me around and takes my money",
        "My mother-in-law was found with bedsores down to the bone at her care home",
        "my neighbour's grandson has taken her bank card and pin",
        "the carers rush in and out in 5 minutes and leave dad in his chair all night",
        "my aunt gets shouted at and slapped by her daughter",
        "she has been left lying on a wet mattress with no sheets",
        "my disabled brother's housemates make him hand over his benefits",
        "Dad hasn't had his catheter changed for weeks and nobody cares",
        "my gran's new 'friends' have had thousands out of her",
        "the residents are being given sleeping tablets so the night staff can sleep",
        "Mum got a category 4 pressure ulcer in the nursing home and they never mentioned it",
        "dad came back from the care home with sores on his heels down to the bone",
        "they give the residents sedatives at teatime so they are no bother at night",
        "my husband is kept drugged up in the home so he sits quietly in his chair",
        "the staff mock the residents with dementia and laugh at them when they get confused",
        "Nan has finger-shaped bruises on her wrists and the carers say she knocked them",
        "her bruises keep appearing and each time the home's explanation is different",
        "Dad hasn't had a proper wash in weeks and the carers still sign the sheet",
        "her nephew has cleared out her savings since he started 'helping' with her post",
        "my uncle signs whatever his lodger puts in front of him and his money is gone",
        "they left my mother in bed all day without turning her and she developed sores",
    ),
    "domestic_violence": (
        "my husband hits me when he's been drinking",
        "I'm scared to go home because of my partner",
        "My boyfriend checks my phone and won't let me see my friends",
        "he controls all the money and i have to ask for bus fare",
        "my ex threatened to kill me if I leave",
        "My partner pushed me down the stairs and I told A&E I fell",
        "my daughter's husband beats her",
        "I'm living with someone who hurts me",
        "my wife shouts and threatens me, I sleep in the car some nights",
        "he said if i call the police he'll take the kids",
        "my partner wont let me leave the house without him",
        "I'm frightened of my husband",
        "The midwife never asked if I was safe at home and my partner was hitting me",
        "My sister's boyfriend broke her arm",
        "he tracks where I am on my phone and goes mad if I'm late",
        "I have to walk on eggshells at home or he kicks off",
        "my husband forces me to have sex",
        "my partner raped me",
        "he takes my wages and gives me pocket money",
        "I went back to him but he's started hitting me again",
        "i'm scared he'll find me now i've moved",
        "My partner smashed up the house and threatened me with a knife",
        "he calls me worthless and says no one else would want me",
        "my mum's partner is violent towards her",
        "My son's girlfriend is abusive to him, he has bruises",
        "I have been in an abusive relationship for 5 years",
        "housing won't move me even though my ex knows where I live and keeps turning up",
        "i need to get away from my husband, he's dangerous",
        "He isn't allowing me to see my family or have my own bank card",
        "my partner threatens to hurt the dog if I don't do what he says",
        "There is domestic abuse in my home and I don't know who to tell",
        "my husband is controlling and monitors everything I do",
        "the bloke next door beats his wife, we hear it every weekend",
        "I am a victim of domestic violence and the surgery gave my new address to him",
        "My partner has hit me in front of the children",
        "scared to go home tonight",
        "my boyfriend hurts me when i say no",
        "my husband put his hands round my neck",
        "my wife is very controlling, she takes my phone and my car keys",
        "I live in fear of my partner",
        "He threatened to burn the flat down with me in it",
        "The health visitor helped me see that my husband's behaviour was abuse",
        "my ex-husband is stalking me and the police aren't doing anything",
        "me and the kids had to flee to a refuge",
        "my partners temper is getting worse and im scared of him",
        "my husbands been choking me during arguments",
        "I don't feel safe at home with my partner",
        "my daughter is in a violent relationship",
        "he wont let me have my own money",
        "My fiance slapped me in the car park of the hospital",
        "i'm afraid of what he'll do when he finds out i told the nurse",
        "my boyfriend strangled me last night",
        "my husband gets violent when he drinks",
        "I've got a non-molestation order against my ex",
        "my partner threw a plate at me",
        "my wife punches me and I'm too embarrassed to tell anyone",
        "he makes me account for every penny",
        "she said she would kill me if I took the children",
        "I had to leave home because my partner was beating me",
        "my ex keeps sending threatening messages",
        "he locked me in the bedroom",
        "Im too scared to leave him",
        "my husband kicked me in the stomach when I was pregnant",
        "my partner is violent and I have nowhere to go",
        "my ex-partner attacked me outside my flat",
        "my boyfriend gets jealous and hits me",
        "my husband beat me up on saturday and I've got a black eye",
        "i am in an abusive marriage and don't know where to turn",
        "my ex turned up at the maternity ward even though he's not meant to come near me",
        "my partner has been hurting me for years",
        "he grabbed me by the throat in front of the kids",
        "My boyfriend won't let me go out with my friends and checks my bank account",
        "I'm afraid of my husband and I can't tell anyone",
        "my wife hits me but men aren't supposed to say that",
        "I fled to my mum's after he threatened me with a knife",
        "my partner is very violent when he's been drinking",
        "the father of my baby pushed me over when I was pregnant",
        "my ex has been following me and sitting outside my house",
        "my husband is violent towards me",
        "He hit me so hard I lost a tooth",
        "i can't leave my boyfriend because he says he'll kill me",
        "my girlfriend controls who I see and what I wear",
        "My ex keeps threatening me over text",
        "my partner has been physically abusive for years",
        "He punched me in the stomach while I was pregnant",
        "I'm terrified of what my husband will do when he gets home",
        "my partner shoved me into a wall in front of our children",
        "My wife has been hitting me and I am scared to tell anyone",
        "my boyfriend put me in hospital last year",
        "hes been violent towards me since i got pregnant",
        "I'm not allowed to have my own money or see my friends",
        "My husband throws things at me when he's angry",
        "my ex sends me messages saying he knows where i am",
        "i was strangled by my partner and the GP did nothing",
        "my husband rapes me and I don't know if that counts",
        "i'm scared my partner will hurt me if he finds out I came here",
        "He pinned me against the wall and screamed in my face",
        "my partner makes me feel worthless and says im lucky he stays",
        "I didn't tell the midwife because my husband was in the room, he hurts me",
        "my partner held me down and hit me repeatedly",
        "i've been with him 10 years and he's always been handy with his fists",
        "please can someone call me on my work phone, it's not safe at home",
        "I was raped by my husband after giving birth",
        "my wife is abusive and the children have seen it",
        "he says if I leave he will kill himself and then me",
        "my ex-wife keeps threatening to hurt me and the police won't do anything",
        "my fiance bit me and left marks on my arm",
        "my boyfriend smashed my phone so I couldn't call anyone",
        "my husband beats me",
        "my partner hit me last night",
        "he won't let me see my family",
        "my boyfriend threatened to kill me",
        "I'm scared of my partner",
        "my wife hits me",
        "my ex is stalking me",
        "my husband raped me",
        "he controls everything I do",
        "my husband kicked me in the ribs last week",
        "he's threatened to hurt me if I go to the police",
        "i have bruises on my neck from my boyfriend",
        "my partner gets nasty when he drinks and I'm frightened",
        "he reads all my texts and gets angry if i talk to other men",
        "I'm living in a refuge with my two kids",
        "my girlfriend threw boiling water at me",
        "I need help getting away from my abusive partner",
        "my husband keeps my passport so I can't leave",
        "my ex broke into my house and attacked me",
        "my husband gives me no money of my own and hides the car keys so I can't go anywhere",
        "he takes my wages and my bank card so I have to ask him for every penny",
        "she comes to every appointment and answers for me, the doctor has never seen me alone",
        "I can never speak freely at the surgery because he insists on sitting in with me",
        "if I'm late back from the shops I'll get a slap, so please keep appointments short",
        "my partner reads all my post and goes through my phone, I'm scared of what he'll do",
        "my grown-up daughter lives with me and pushes me around when she's been drinking",
        "my sister wants to leave her husband but she's too frightened of him to go",
        "I told the health visitor that he kicks me and she wrote down that I fell",
        "my girlfriend locks the front door and takes the key when she goes to work",
    ),
    "child_at_risk": (
        "my kids aren't safe with their dad",
        "The neighbours leave their toddler alone in the flat all day",
        "my granddaughter told me her stepdad hits her",
        "the children next door are never fed, they come round hungry",
        "my son came back from his dad's with bruises",
        "My 6 year old said a man at the club touched her private parts",
        "there is a baby left crying for hours upstairs and the mum goes out",
        "my ex leaves our daughter on her own while he goes to the pub",
        "my partner is rough with the baby",
        "the kids are scared of their father",
        "my friend's child has marks on his face and says he fell every time",
        "my teenage daughter is being groomed by an older man",
        "i think my nephew is being abused at home",
        "the little boy next door is always hungry and left outside in the cold",
        "my daughter disclosed that her uncle sexually abused her",
        "i can't cope and I've hit my son",
        "my step dad beats me",
        "my mum hits me when she's drunk",
        "my children aren't being fed properly at their dad's",
        "she's 14 and she's been sent nude pictures by a grown man",
        "the kids are left with no food while she's out drinking",
        "my son was hit by a teacher",
        "My baby was shaken by the childminder",
        "my little girl came home with a burn mark and the nursery wont explain",
        "the school nurse didn't act when my son said his dad hurts him",
        "a 12 year old is being used to deliver drugs on our estate",
        "my kids aren't safe at home",
        "my son's foster carer locks him in his room",
        "I'm worried about the children upstairs, I hear them being smacked and screaming",
        "the baby has been left in a dirty nappy all day again",
        "mum's boyfriend hurts my little brother",
        "children are being left home alone every night",
        "my children are at risk from their father",
        "i think the girl next door is being sexually abused",
        "My stepson is being beaten up by his mother's partner",
        "my 3 year old was left unsupervised near the road at nursery",
        "there are kids living in a flat with no heating and no food",
        "my son told me a man at football asked him to keep a secret and touched him",
        "My partners kids are terrified of him",
        "The children are exposed to drugs and violence at home",
        "my grandson is being starved by his mother's new boyfriend",
        "the baby keeps getting injured and mum's partner says he's clumsy",
        "my daughter said her dad's friend made her sleep in his bed",
        "my baby is losing weight because his mum won't feed him",
        "My sister smacks her kids with a belt",
        "kids next door are out till midnight with no adult around",
        "i'm 15 and my mum's boyfriend comes into my room at night",
        "my children watched their dad attack me",
        "my kids arent safe",
        "the child was neglected and nobody from social services came",
        "my son's dad threatens to take him abroad and not bring him back",
        "a teenager told me she'd been made to have sex with older boys",
        "my son's father hit him with a belt",
        "the toddler next door is always covered in bruises",
        "my granddaughter is terrified of her mum's new boyfriend",
        "my niece says her dad locks her in the cupboard",
        "there's a 9 year old looking after his baby brothers on his own",
        "my kids are being neglected at their mum's",
        "my 13 year old daughter is talking to a grown man online who wants to meet her",
        "the baby was covered in sores and the flat was filthy",
        "my son's teacher grabbed him by the neck",
        "our little boy was slapped across the face by his grandad",
        "the children were left in the car while she went shopping",
        "my step mum beats me with a slipper",
        "the kids next door get screamed at and hit all the time",
        "social services won't listen, my ex is hurting our son",
        "my brother's girlfriend leaves the baby alone with strangers",
        "my daughter's boyfriend is 25 and she is 15",
        "the little girl next door has bruises all over her arms",
        "my partner hits my son when he misbehaves",
        "our neighbour leaves her toddler in the flat on her own for hours",
        "my children are terrified of their stepdad",
        "my ex's new partner has been hitting our kids",
        "a man at the park has been giving my son sweets and asking him to come to his house",
        (
            "the school said my grandson has been coming in with no breakfast and dirty "
            "clothes every day"
        ),
        "my 10 year old has told me her uncle touches her",
        "the baby's dad is on drugs and has him every weekend",
        "the kids upstairs are screaming every night and I can hear someone hitting them",
        "my son's dad punched him in the face",
        "my children's father hits them when he's angry",
        "the baby next door is crying all night and no one comes",
        "my son's stepdad made him stand outside in the cold as punishment",
        "the 8 year old across the road is left to look after his little sisters every night",
        "my daughter's teacher has been texting her at night",
        "my grandkids are never fed properly at their mum's house",
        "a 14 year old girl on our street is being picked up by older men in cars",
        "the kids next door have no beds and sleep on the floor",
        "my son came home from his dad's with a burn on his arm",
        "my ex's boyfriend is rough with our daughter",
        "my sons dad hits him with a slipper",
        "the neighbours children are always filthy and look underfed",
        "my daughter is 13 and is seeing a 19 year old",
        "a lad at school is making my daughter send him pictures",
        "my grandson told me his mum locks him in his room all weekend",
        "my little boy said the babysitter hurt him",
        "my partner's son hits our baby when nobody's watching",
        "the toddler upstairs has been left on his own all night again",
        "our 4 year old came back from his fathers with a black eye",
        "my stepdaughter says her mums boyfriend watches her in the shower",
        ("our children's social worker hasn't visited even though their dad has been hitting them"),
        (
            "my nephew is 12 and keeps going missing overnight and coming back with new "
            "phones and money"
        ),
        "the child next door told my daughter that her dad touches her in bed",
        "my kids are scared to go to their dad's because he beats them",
        "my daughter's PE teacher has been sending her messages on snapchat",
        "a 15 year old girl at the hostel is sleeping with the older residents for cigarettes",
        "the baby is always in a soaking nappy and has a terrible rash",
        "my son said the man who runs the youth club asked him to keep their chats secret",
        "my 2 year old grandson was left alone in the bath",
        "the foster carer hits the kids with a wooden spoon",
        "my stepdad hits me",
        "the kids next door are left on their own all the time",
        "my son's father beats him",
        "my daughter is being groomed online",
        "the baby next door is never fed",
        "my ex hits our children",
        "my mum's boyfriend touches me",
        "my kids are not safe with their mum",
        "the children are being neglected",
        "my 5 year old was hit by her childminder",
        "the school ignored it when my son told them his stepmum hits him",
        "my granddaughter is being sent messages by a grown man on tiktok",
        "my sister leaves her kids with anyone so she can go drinking",
        "a boy in my daughter's class said his dad burns him with cigarettes",
        "the child next door is covered in bruises",
        "my ex's partner kicked my son",
        "my 13 year old is being given drugs by older lads",
        "there's a toddler across the road who is always outside in just a nappy",
        "my baby's father shook her when she wouldn't stop crying",
        "my niece is scared to go home because of her dad",
        "the two little ones from across the road are still outside on their bikes after midnight",
        "the baby next door is always left in the pram in the front garden in the rain",
        "the kids at number 9 never seem to have had breakfast and ask my children for food",
        "those children are sent out in the snow with no coats or socks on",
        "her mum's boyfriend leaves marks on her arms and she's terrified of him",
        "my granddaughter is 13 and is seeing a man of 24 who buys her vodka",
        "my son is 14 and a gang of older lads make him carry drugs across town",
        "a man in the waiting room was filming the children in the play area on his phone",
        "my little brother is 10 and has been wetting the bed since the lodger moved in",
        "he's nine and stays home to look after his mum instead of going to school",
        "baby had a fractured leg and the parents' explanation didn't match the injury",
        "the children live in a house with dog mess all over the floors and no food",
        "my mum's new partner comes into my room at night and I'm 13 and scared",
        "a grown man keeps sending my 12 year old daughter messages that are not okay",
    ),
    "staff_threat": (
        "the carer said she'd hurt me if I told anyone",
        "a nurse slapped my dad",
        "my manager threatened to sack me if I reported it",
        "One of the night staff pushed mum back into her chair roughly",
        "the healthcare assistant shouted at my mother and pulled her arm",
        "a porter made sexual comments to me and touched my bottom",
        "I was told by my ward manager to keep quiet about the incident or I'd lose my job",
        "the consultant grabbed me by the arm and squeezed till it bruised",
        "my supervisor keeps sending me inappropriate messages and touches me",
        "the doctor touched me inappropriately during the examination",
        "a member of staff threatened to hit a resident",
        "staff are rough with the residents when they think no one is looking",
        "the carer hit my mum with a hairbrush",
        "i'm being bullied and intimidated by my team leader",
        "When I raised concerns my manager said I would regret it",
        "the housing officer threatened to evict me if I complained",
        "Staff were mocking and taunting a patient with learning disabilities",
        "a senior colleague cornered me in the sluice and tried to kiss me",
        "the support worker asked me for sex in exchange for help with my bills",
        "my son's key worker slapped him",
        "The staff member dragged my father down the corridor",
        "care workers swear at my mum and call her names",
        "the nurse threatened to section me if I didn't take the tablets",
        "the repairs man was making sexual remarks and wouldn't leave my flat",
        "my line manager is sexually harassing me",
        "the GP made me undress when there was no need and commented on my body",
        "i was told if i whistleblow i'd never work in the nhs again",
        "staff were told not to report the assault on a patient",
        "a male nurse kept coming into my room at night and touching me",
        "The staff forced food into my dad's mouth while he was choking",
        "the carer threatened my nan that she'd go into a home if she complained",
        "night staff lock the residents in their rooms",
        "a care worker pinched my mother to make her stand up",
        "my colleague was physically assaulted by a consultant and it was hushed up",
        "the matron intimidates junior staff and threatens their jobs",
        "The nurse said she'd make my life hell if I made a complaint",
        "a member of staff kicked a patient on ward 5",
        "the HCA was rough handling my mum and she cried out in pain",
        "the security guard punched a patient",
        "my boss said he'd make sure I was sacked if I spoke to HR",
        "staff threatened to withhold her food if she didn't behave",
        "the ambulance driver was verbally abusive and threatened my husband",
        "one carer smacked my dads hand away and called him a pig",
        "the nurse was abusive to my mother",
        "i'm scared of one of the carers, she's cruel to me when my daughter isn't there",
        "staff physically restrained my son face down for no reason",
        "the dentist was inappropriate and put his hand on my leg",
        "my manager said if I went to the union I'd be out of a job",
        "a doctor on the ward keeps asking a young patient out for drinks",
        "the carer twisted my mum's arm",
        "a nurse told me to shut up or she would give me an injection to knock me out",
        "a healthcare assistant slapped a resident across the face",
        "the doctor kept stroking my hair and it made me feel uncomfortable",
        "my manager said she would get rid of me if I made a fuss",
        "the night nurse called my dad a stupid old man and pushed him back into bed",
        "one of the porters kept following me and asking for my number",
        "the ward sister threatened to discipline me for raising it",
        "a member of staff hit my son",
        "staff restrained her for no reason and she was bruised",
        "the carer hits residents",
        "my line manager shouted at me and pushed me against the wall",
        "the receptionist said if I kept complaining she would have me struck off the list",
        "a paramedic was rough with my dad and left bruises",
        "the care home manager threatened to throw my mum out if we complained",
        "a carer slapped my nan's hand and shouted at her to hurry up",
        "the nurse pinned my son down and he was screaming",
        "the support worker touched my daughter's leg and said she was pretty",
        "my supervisor said she'd make sure I never got another shift if I complained",
        "one of the HCAs pushed my dad back onto the bed",
        "the doctor made sexual comments during my appointment",
        "the night staff shout at residents and threaten to lock them in",
        "the manager threatened to report me to the NMC if I didn't drop my grievance",
        "a porter grabbed my arm and squeezed it hard",
        "a member of staff was rough with my mother while washing her",
        "my colleague kept touching me even after I told him to stop",
        "the agency nurse hit a patient with dementia",
        "the nurse squeezed my mum's wrist so hard it bruised",
        "my manager threatened me after I reported the incident",
        "a carer told my nan she'd be put in a home if she kept ringing the bell",
        (
            "the consultant kept asking me personal questions about my sex life that had "
            "nothing to do with my care"
        ),
        "a healthcare assistant was caught hitting a patient",
        "one of the night carers is rough with my dad and he's scared of her",
        "the doctor put his hand up my top",
        "staff at the unit pinned my daughter to the floor for no reason",
        "the team leader said I'd be out on my ear if I complained again",
        "a paramedic swore at my mum and called her a drunk",
        "a nurse on the night shift slapped my grandad",
        "the care worker told mum to shut up and pulled her out of bed",
        "one of the staff at the home has been hitting residents",
        "my manager grabbed my wrist and told me not to say anything",
        "the doctor touched my breasts when he didnt need to",
        "the carer said if I told my daughter she would stop coming",
        "my son's keyworker swears at him and called him stupid",
        "staff at the hospital restrained my dad and left bruises all over him",
        "the locum GP kept messaging me on facebook after my appointment",
        "the ward manager told me I'd lose my job if I went to HR",
        (
            "a senior member of staff made my life a misery after I raised concerns about "
            "patient safety"
        ),
        "the healthcare assistant put a pillow over my mums face to stop her shouting",
        (
            "one of the carers has been coming to my flat when she's off duty and asking me "
            "for money"
        ),
        (
            "the consultant told me if I reported him he'd make sure I never worked in "
            "medicine again"
        ),
        "the nurse was sitting on my son to hold him down and he couldn't breathe",
        "a night nurse kept trying to get into bed with me",
        "my carer slaps my hand when I'm slow eating",
        "the security guard twisted my arm behind my back",
        "my supervisor said he'd hurt me if I went to the union",
        "the dentist kissed me on the lips at the end of my appointment",
        "the nurse hit my mum",
        "a carer slapped my dad",
        "my manager threatened to sack me",
        "the doctor touched me inappropriately",
        "staff threatened my dad",
        "the carer pushed my nan over",
        "a member of staff punched my son",
        "my boss is bullying me and threatening me",
        "the HCA was rough with my dad",
        "the porter grabbed me",
        "the carer hit my mum across the face",
        "a nurse shoved my grandad into his chair",
        "my manager said if I reported the abuse I'd be sacked",
        "the physio touched me in a sexual way",
        "the care assistant has been stealing from my nan",
        "one of the nurses is nasty to my dad and he begs us not to leave",
        "the night staff tie residents into their chairs",
        "a doctor threatened to have me sectioned if I didn't stop complaining",
        "our son's teaching assistant grabbed him by the arm and dragged him",
        "a support worker slapped a service user",
        "the healthcare assistant said if I used the call bell again she'd leave me till morning",
        "after I complained the surgeon said I could forget about my operation this year",
        "a nurse said she'd make sure I didn't get any pain relief if I kept moaning",
        "the carer leaned in and said accidents happen to people who tell tales",
        "the support worker messages me at 2am asking if he can come over",
        "the ward manager said she'd have me moved to the secure unit if I made a fuss",
        "the receptionist threatened to have me struck off the list for complaining",
        "a member of security said he'd knock my teeth out if I came back",
        "my social worker warned me I'd lose my children if I reported her",
    ),
}

HARD_NEGATIVES: tuple[str, ...] = (
    "the wait was killing me",
    "I could have died of boredom in that waiting room",
    "dying for a cup of tea by the time I was seen",
    "the nurse hit the call button straight away",
    "knocked it out of the park, brilliant service",
    "the food was abuse of the word food",
    "my back is killing me but the physio helped",
    "hit and miss whether you get through on the phone",
    "the nurse slapped on a plaster and sent me home",
    "I was bored to death",
    "the cake in the cafe is to die for",
    "I could kill for a decent coffee in this place",
    "it killed two birds with one stone",
    "the doctor hit the nail on the head with the diagnosis",
    "I nearly killed myself laughing at the nurse's jokes",
    "I'm killing myself working double shifts to cover the rota",
    "the staff beat the traffic and got here in ten minutes",
    "the waiting list is murder",
    "my feet were killing me after standing all day",
    "I thought I would die of embarrassment but the nurse put me at ease",
    "the physio pushed me hard but it worked",
    "the doctor pushed for a scan which found the problem",
    "they slapped a parking fine on me",
    "the crew knocked on the door and came straight in",
    "my heart sank when they said another two hours",
    "the paramedic took a stab at the cannula and got it first time",
    "we were dying to get home after a long day",
    "I was hit by a car and the paramedics were fantastic",
    "my dad fell and hit his head, the crew were quick",
    "I nearly died of sepsis and the team saved my life",
    "the ambulance took ages, I thought I was going to die",
    "I cut myself on a tin and the nurse glued it",
    "mum hurt her hip when she fell and the ambulance came fast",
    "my son was bitten by a dog and the crew calmed him down",
    "I was dehydrated so they put me on a drip",
    "she was choking on her food and the call handler talked us through it",
    "my mum was safe and well cared for",
    "no abuse or neglect seen",
    "never felt unsafe",
    "I'm not suicidal, just very tired",
    "the self-harm team were really supportive",
    "the domestic abuse nurse was brilliant",
    "the staff went out of their way to make us feel safe",
    "the children's ward was clean and the kids loved the play area",
    "my kids were seen quickly",
    "staff explained how to give my son his medication",
    "the crisis team checked I was safe",
    "staff asked me if I felt safe at home, which was reassuring",
    "my son was frightened of the needle but the nurse was brilliant",
    "staff made sure mum always had water in reach",
    "my mother was never left in wet pads, they changed her promptly",
    "the carers take her shopping every week",
    "the carer took mum to the toilet whenever she asked",
    "the nurse held my hand throughout",
    "my partner was allowed to stay with me",
    "the children's mental health team saved my daughter's life",
    "staff never made my dad feel like a burden",
    "the suicide prevention training for staff was excellent",
    "the safeguarding lead dealt with my concern quickly",
    "they asked about domestic abuse at booking which I thought was good",
    "the leaflet on recognising abuse and neglect was useful",
    "no one was ever rough with my dad, they were gentle",
    "staff would never hurt anyone here",
    "I would report it if I ever saw a patient being hit",
    "if I ever felt unsafe I knew who to call",
    "my husband was kept in overnight for observation",
    "they locked the doors at 8pm so we had to use the side entrance",
    "the staff did not shout at anyone even when it was busy",
    "my dad's pressure area care was excellent",
    "the doctor took me through everything step by step",
    "the nurse caught me before I fell",
    "my partner and the kids were allowed to visit",
    "I feel neglected by the booking system",
    "they threatened to close the clinic",
    "the surgery threatened to charge us for missed appointments",
    "I was left waiting for four hours in A&E",
    "my child was kept waiting for hours to be seen",
    "the receptionist was a bit short with me",
    "felt like I was being left in the dark about the results",
    "no one gave me a leaflet about my condition",
    "I wasn't given my appointment letter",
    "the pharmacy took money for the prescription",
    "the toddler play area was left in a mess",
    "I left the baby's red book at home",
    "the kids were bored waiting",
    "staff were abused by a patient, they handled it well",
    "a drunk man was shouting abuse at the nurses and security removed him",
    "the physio was strict with my exercises, which I needed",
    "the manager threatened to call security on a man who was swearing at staff",
    "the ward was so hot I could hardly breathe",
    "I was starving by the time the food came",
    "the transport left me stranded at the hospital for three hours",
    "I was dropped off at the wrong entrance and left to find my own way",
    "they left the patient notes on the trolley",
    "staff were under so much pressure they were run ragged",
    "the consultant was a bit abrupt but knew his stuff",
    "the ambulance crew were rough and ready but very efficient",
    "the ambulance was quick, I thought my dad was going to die",
    "the staff were fab with my kids",
    "no one hurt me, it was just sore afterwards",
    "the injection hurt a bit but the nurse was lovely",
    "she was worried about her baby's rash",
    "my son was scared of the dentist but she was so patient",
    "they wouldn't let me see the doctor without an appointment",
    "we weren't allowed to visit mum because of covid",
    "the nurse took my phone number and rang me back",
    "the paramedics restrained him safely when he was confused",
    "my mum wanted to die at home and the team made it possible",
    "I'd rather die than go back to that waiting room",
    "my husband broke his hip and the crew were great",
    "the crisis team asked if I had thoughts of harming myself",
    "they explained the risks of an overdose with paracetamol",
    "my daughter had her hair cut short for the operation",
    "the domestic staff keep the ward spotless",
    "I'm terrified of needles but the nurse was calm",
    "we were hit with a huge bill for parking",
    "the midwife pushed me to keep going and the baby arrived",
    "my partner was hit hard by the news",
    "the nurse was brutally honest which I appreciated",
    "the consultant was a bit rough around the edges but good",
    "they threatened us with a parking fine",
    "i cut my finger and it needed stitches",
    "I was attacked by a dog and the paramedics were great",
    "my dad has dementia and sometimes hits out at staff",
    "my mum hit her head on the bath",
    "my son kicked off in the waiting room but the staff were patient",
    "the crew pushed the trolley carefully",
    "I was starving, I hadn't eaten all day",
    "the kids were left with their gran while I was in hospital",
    "my husband checks on me every hour since the operation",
    "the doctor grabbed me a wheelchair",
    "my baby wasn't feeding well and the midwife helped",
    "I was fed up of waiting",
    "my dad was lying on the floor for hours waiting for an ambulance",
    "the doctor made me undress for the examination and was very professional",
    "the nurse put her hand on my shoulder to reassure me",
    "I was frightened to go home after the operation but the nurses reassured me",
    "I don't want to be here in hospital for christmas",
    "I lost my job last year and the team helped me get back on my feet",
    "they kept my bank card details on file",
    "the physio hurt my knee a bit while stretching it",
    "I stopped taking my tablets because of the side effects",
    "she wanted to end it with her boyfriend",
    "I'm going to end it there, thank you all",
    "my grandson was bitten by a dog and the nurse was great",
    "the children's nurse was lovely with my daughter",
    "staff made sure no one was left alone on the ward",
    "I could murder a cup of tea after that wait",
    "The pharmacist was killing it, so efficient",
    "my nan was a bit neglected by the doctors, they didn't explain her tablets",
    "I felt like the staff were abusing their position by being so rude",
    "The receptionist hit me with a long list of forms",
    "we were left alone in the room for a while which gave us privacy",
    "my baby was weighed and fed at the clinic",
    "the nurse gently pushed the needle in",
    "the surgery keeps threatening to deregister us if we miss appointments",
    "my son was dying to see the doctor with the stethoscope",
    "the staff saved my dad's life after his overdose of chemo side effects was spotted",
    "my husband hit the roof when he saw the parking charge",
    "i was worried sick about my children while in hospital",
    "they checked my phone number and address",
    "my wife was treated like royalty",
    "it was a beating heart of a team",
    "the kids loved the stickers",
    "the dentist scared my son a bit but he was fine after",
    "the ward was cold and we were hungry and tired",
    "my mum gets confused and sometimes shouts at the carers",
    "I'm not being funny but the parking is a joke",
    "the self harm leaflet was helpful",
    "the doctor asked if anyone at home hurts me, which I was glad about",
    "they gave me information about domestic violence services",
    "my elderly dad was treated with dignity",
    "the nurse took my blood and it didn't hurt at all",
    "nobody hurt my feelings, everyone was kind",
    "my son was crying because he was scared of the injection",
    "I was frightened of the operation but the team were great",
    "the ambulance crew knocked the door and let themselves in with the key safe",
    "my mum was well fed and looked after",
    "the nurse hit the nail on the head",
    "nobody was rude, everyone was lovely",
    "my son was frightened of the x-ray machine",
    "the care home staff are so kind to my father",
    "I was dreading the appointment but it was fine",
    "the doctor took my concerns about my baby seriously",
    "my partner was by my side the whole time",
    "staff were quick to respond when my dad fell",
    "the midwife left us alone to bond with the baby",
    "I was sick of waiting in the car park",
    "they left me in the waiting room for ages",
    "the pain was killing me but the paramedics sorted it",
    "my wife felt safe and reassured",
    "the children's ward staff gave my daughter stickers",
    "there was no point waiting so we went home",
    "they explained what to do if my son had a fit",
    "the GP hurt my feelings a bit by being dismissive",
    "the physio was tough on me but it worked",
    "no one ever made me feel like a nuisance",
    "my dad was treated with respect and never left alone",
    "the staff handled my aggressive husband very calmly",
    "my daughter loves her teacher",
    "the nurse threatened to give me a lollipop if I was good",
    "our baby was born safe and well",
    "my kids were starving by the time we got seen",
    "the paramedic held my hand and kept me calm",
    "I was worried about leaving my children at home while in hospital",
    "my husband was shaking with fear before the operation",
    "she died peacefully with her family around her",
    "I thought I was going to die waiting for the ambulance",
    "the staff made my mum feel safe",
    "my kids were well looked after",
    "the nurse was very hands on",
    "they left no stone unturned",
    "my son hurt his arm at school and the staff were great",
    "my husband had a heart attack and the crew saved him",
    "my dad kept hitting the call bell and the nurses came quickly",
    "we were left waiting for hours in A&E with a poorly baby",
    "the doctor was frank with me",
    "my daughter was scared but the staff calmed her",
    "i was dying of thirst after surgery",
    "the food was so bad it should be illegal",
    "the paramedics were amazing with my mum who has dementia",
    "the receptionist was abrupt and made me feel stupid",
    "I felt a bit rushed and ignored",
    "they did not take money for the parking",
    "my baby was weighed and had his jabs",
    "the staff were rude to my dad but he was treated well in the end",
    "no one ever shouted at my mum",
    "my wife's carer is wonderful",
    "I have been suffering with depression and the team has been great",
    "my son has autism and the staff were patient",
    "the GP referred me to the mental health team quickly",
    "the care home kept us updated every day",
    "I cried with relief when they told me the news",
    "they treated my gran like family",
    "my partner drove me to the appointment",
    "the nurse was cutting my toenails and was very gentle",
    "I was hanging around for ages in the corridor",
    "the care was excellent and my mum was never left without a drink",
    "the nurse was killing time until the doctor arrived",
    "staff had a heavy workload but never took it out on us",
    "my son was a bit scared of the big machine",
    "the team stopped my dad from falling",
    "i had to hold my daughter down for her vaccination which was hard",
    "my husband was worried sick about me",
    "we didn't want to leave mum but the staff reassured us",
    "the crisis team were brilliant when I was at my lowest",
    "no one was abusive or threatening",
    "it hurt when they took the stitches out but it was fine",
    "the doctor pushed for me to have a scan",
    "the midwife asked me about my home situation privately which I appreciated",
    "I'd never hurt my kids",
    "staff told me not to worry",
    "my dad got shouted at by another patient but the nurse sorted it",
    "the physio twisted my knee a bit to test it",
    "thank you for keeping my daughter safe",
    "I was upset when they discharged me so quickly",
    "the care home has been wonderful with my nan who has dementia",
    "the GP was very thorough with my baby",
    "the kids' play area needs a clean",
    "my partner left me last year and I've been struggling with money",
    "I lost my wife to cancer and the hospice were wonderful",
    "the nurse hugged me when I cried",
    "my son broke his arm falling off a trampoline",
    "the service is a lifeline for my family",
    "the pharmacy ran out of my tablets twice",
    "they took my blood and sent me home",
    "I'm scared of going back to the dentist after last time",
    "the nurse was lovely to my mum",
    "my dad's carer is amazing",
    "my husband was with me the whole time",
    "the kids enjoyed the play area",
    "I was scared before the operation",
    "the doctor was brilliant",
    "staff were kind to my son",
    "my partner waited outside",
    "I was left waiting for two hours",
    "my mum was well looked after",
    "the manager sorted my complaint",
    "the porter was very helpful",
    "they kept me informed",
    "the GP listened to me",
    "my baby was checked over",
    "the food was cold",
    "the ward was dirty",
    "the receptionist was rude",
    "I had to wait ages for my tablets",
    "the ambulance came quickly",
    "my wife was given pain relief",
    "the care home phoned us every week",
    "the midwife was so supportive",
    "my son had his injections",
    "my daughter was nervous but fine",
    "my nan enjoyed the activities",
    "staff never rushed my dad",
    "the nurses kept my mum comfortable",
    "I felt listened to",
    "parking was a nightmare",
    "the staff were under pressure but did their best",
    "my husband had a fall and hit his head",
    "I was treated with respect",
    "the doctor explained everything",
    "no one ever made me feel rushed",
    "the consultant saved my life",
    "my mum died peacefully",
    "the health visitor checked the baby",
    "they threatened to cancel my appointment",
    "the nurse took my blood",
    "I was researching my condition online before the appointment",
    "the nurse was picking at the edge of the dressing",
    "my son came home from nursery with a bump on his head after a fall in the playground",
    "my mum was given sleeping tablets to help her sleep after the operation",
    "we had to hand over his bank card at reception for safekeeping",
    "I had to hand over my card details to pay for the prescription",
    "I took money out of my account to pay for the taxi",
    "they put dad to bed early because he was exhausted after physio",
    "my husband kept the bank card safe for me while I was in hospital",
    "my daughter has scars from her operation",
    "the dressing hadn't been changed since the morning so I asked the nurse",
    "the toddler was playing in the garden in just a nappy on a hot day",
    "my mum was left on her own in the side room to rest, which she wanted",
    "the kids were playing outside while we waited",
    "the carers had to restrain him safely while the doctor examined him",
    "my teenage son is scared of needles",
    "the nurse was nasty to me on the phone",
    "the staff were nasty to each other in front of patients",
    "he used to work with my husband",
    "I was terrified when my waters broke",
    "my dad was confused and kept getting out of bed",
    "we were told to keep quiet because other patients were sleeping",
    "my partner got into bed with me to comfort me after the birth",
    "my daughter is 15 and was treated with respect",
    "they asked my son to come back to the clinic in two weeks",
    "my baby was crying all night on the ward and the midwives were brilliant",
    "the baby next door to us on the ward was crying all night so I couldn't sleep",
    "my gran gave my son some money for his birthday",
    "my son went missing from the ward but security found him quickly",
    "I banged my head on the cupboard door and needed stitches",
    "he punched the air when he heard the results",
    "my husband controls his diabetes well now",
    "I was told I'd lose my place on the list if I missed another appointment",
    "they said I would regret not having the vaccine",
    "the doctor asked me about my sex life because of my symptoms",
    "my ex-husband drove me to the hospital",
    "my ex turned up at the hospital to bring the kids to see me",
    "the nurse said she'd be back in five minutes",
    "she said she would get me a drink",
    "the nurse said if I needed anything she would come straight away",
    "my dad was covered in bruises after the fall and the staff explained everything",
    "my mum bruises easily because of her blood thinners",
    "they took all my tablets off me when I was admitted and gave them back at discharge",
    "I don't know how I would have coped without the team",
    "no one would have known how ill I was",
    "nobody would listen to me about my pain",
    "I was too scared to leave the house after my stroke",
    "my husband won't let me lift anything heavy since my surgery",
    "the nurse told me off for not taking my tablets",
    "my son's teacher was very supportive",
    "I drove into the car park and couldn't find a space for half an hour",
    "we stood on the platform for ages because the train was cancelled",
    "the ambulance nearly crashed into a wall, the roads were icy",
    "the physio wrapped a heat pad around my neck which really helped",
    "my husband comes to every appointment with me and the staff always include him",
    "I just want the pain in my knee to stop for good, please book my operation",
    "my mum had a pressure sore when she came in and the district nurses healed it",
    "the sedation for my scan was explained clearly and I felt calm",
    "my wife won't let me drive since my seizure, and she's right",
    "I'm scared to leave dad on his own now his dementia is worse",
    "the kids were allowed to play out till nine in the summer holidays",
    "the nurse took a lovely photo of us with the baby before we went home",
    "I know which tablets to take and how many, the pharmacist wrote it down",
    "my story kept changing because I was confused after the anaesthetic, the nurses were patient",
    "the GP said if I don't cut down on the drink I'll never see my grandchildren grow up",
    "the nurse said if I pressed the buzzer she'd make sure someone came straight away",
    "my son lives with me and helps me with my tablets every morning",
    "accidents happen, the nurse was very apologetic when I slipped",
    "I wrote letters to my kids every week while I was in hospital",
    "the waiting list for the operation was killing me",
    # "Nothing" as the whole answer to what could be better, then praise: not despair.
    "Nothing, keep doing what you're doing",
    "Nothing, keep it up",
    "Nothing really, keep going as you are",
    "Nothing, just carry on",
    "nothing at all, keep up the good work",
    "Nothing I can think of, keep doing what you do",
    "No, nothing, you are all doing great",
    "Nothing to add, keep going",
    "Not a thing, carry on the way you are",
    "Nothing, the team should keep doing what they do",
)

ORDINARY: tuple[str, ...] = (
    "Sort out discharge. Email me at siobhan.evans@example.com.",
    (
        "It has to be faster care packages so patients aren't stuck waiting for discharge. "
        "Patients are stuck waiting for packages of care and everyone blames everyone else."
    ),
    (
        "Waited 45 mins past the appointment time. Waited 11 hours in A&E with no update. Not "
        "good enough."
    ),
    (
        "Drove round the car park for about 20 minutes looking for a space and nearly missed "
        "the appointment."
    ),
    "Didn't have to wait long at all, seen within 15 minutes.",
    "More information leaflets.",
    (
        "I spent ten days on the AMU. Kept informed at every stage, always knew what was "
        "happening next. Nurses kept us updated even when I was waiting for theatre. Couldn't "
        "fault it."
    ),
    "Was made to feel stupid for asking. This isn't acceptable",
    "For me it would be a single referral form for all partners.",
    (
        "Minimal wait for the scan, in and out in half an hour. Clinic ran on time and Mum "
        "was called in at teatime on the dot, no waiting about. 10/10"
    ),
    (
        "felt like nobody was listening to me. too much jargon, came away not understanding "
        "what was going on. not good enough."
    ),
    "Really helpful staff who made me feel at ease. Really appreciated.",
    (
        "Mum came into A&E on a Tuesday afternoon. They actually listened to Mum and didn't "
        "rush. Thank you"
    ),
    "Signs were clear and it was easy to find A&E.",
    (
        "Good place to work overall. It has to be more nurse's on nights. Regularly 3 nurses "
        "for 30 beds on nights, it isn't safe."
    ),
    (
        "Good place to work overall. Without a doubt one login instead of five. I log into "
        "five different systems to see one person's record. It's not rocket science."
    ),
    "The staff tried there best",
    (
        "i spent ten days on the surgical assessment unit. the wait for my operation was "
        "shorter than we were told."
    ),
    "Really lvoely staff who made me feel at ease. Keep up the good work.",
    "I had a knee operation on Friday. Was made to feel stupid for asking.",
    (
        "Simple: finishing on time. Staying late unpaid is just expected. Otherwise people "
        "will keep leaving."
    ),
    "Easy to park and good disabled access.",
    "Easy to park and good disabled access. Thank you.",
    "More nurses on nights. Regularly 3 nurses for 24 beds on nights, it isn't safe",
    "I spent two weeks on Ward 3. Chairs in the waiting area were stained.",
    "Without a doubt better handovers. Important information gets lost between shifts.",
    "Told I could go home at 10am, finally left at nearly 9pm waiting for medication.",
    "The booking line rang out every time I tried to rearrange.",
    "Not kept informed, had to chsae for every update. Very stressful.",
    "Very clean and tidy, you could see the cleaners working all day. Many thanks",
    (
        "The staff on the surgical assessment unit went above and beyond, nothing was too "
        "much trouble. Well done all."
    ),
    (
        "I missed a meal while in x-ray and nobody kept anything back. Food was cold by the "
        "time it arrived. This isn't acceptable."
    ),
    (
        "For me it would be a thank you from senior managers now and then. Agency staff get "
        "paid more than us for the same shift. Also keeping the same worker with the same "
        "people. It's not rocket science."
    ),
    (
        "Clinic was running an hour late and nobody said a word, we just sat there waiting. "
        "Very stressful."
    ),
    (
        "I was admitted to the stroke unit after a fall. Told different things by different "
        "people. Really disappointing."
    ),
    "had to tell my story to seven different people.",
    "Attended the fracture clinic on Saturday. I was moved 6 times between wards in one stay",
    ("I was brought in by ambulance at half 11. One of the HCAs was kind and took time to listen."),
    "Nurses kept us updated even when I was waiting for theatre. Keep up the good work.",
    (
        "i came into a&e on a thursday afternoon. call bell ignored on the surgical "
        "assessment unit and the nurse was condescending when she finally came."
    ),
    "Mrs Singh explained everything. Didn't have to wait long at all, seen within 25 mins.",
    (
        "Meals on Ward 21 were much better than expected and the menu had plenty of choice. "
        "Thank you."
    ),
    (
        "One change? Hot food for night staff. The canteen shuts at 7pm and nights live on "
        "vending machine crisps. Also less reliance on agency staff"
    ),
    "Discharge was well organised, medication ready and transport booked.",
    "Easy to park and good disabled access. Really appreciated.",
    "I was brought in by ambulance at 8am. Everywhere was spotless. Many thanks",
    (
        "Special thanks to Mrs Jones. Meals on the AMU were much better than expected and the "
        "menu had plenty of choice."
    ),
    "Recognition for the work we do.",
    "Day surgery last Monday. They actually listened to me and didn't rush. Well done all.",
    "I waited three hours on a trolley in the corridor before getting a bed. Very stressful.",
    (
        "Good to see enough nurses on the ward at night. Plenty of staff around, never felt "
        "rushed. Couldn't fault it."
    ),
    (
        "I came into A&E on a Wednesday morning. The doctor took time to explain the scan "
        "results to the whole family. Couldn't fault it."
    ),
    "Had to tell my story to four different people. Really disappointing.",
    "Nurses kept us updated even when I was waiting for theatre.",
    "dried blood on the floor of the bay that nobody cleaned for hours. shocking.",
    "Same sandwiches every day on Ward 14B. Something needs to change.",
    (
        "Day surgery last Saturday. Seen within twenty minutes of arriving in A&E on a "
        "Saturday night, I couldn't believe it"
    ),
    "I missed a meal while in x-ray and nobody kept anything back. Very stressful.",
    (
        "I had a knee operation on Friday. Nowhere to park near Ward 5B and I can't walk far. "
        "Shocking"
    ),
    "Didn't have to wait long at all, seen within 15 minutes. Couldn't fault it.",
    (
        "I was brought in by ambulance at 9am. Waited 4 hours for pain relief on the stroke "
        "unit. Shocking."
    ),
    (
        "Wi-Fi that works in theatres. We still write things on paper and type them up again "
        "later. We say this every survey."
    ),
    (
        "It has to be less reliance on agency staff. Last Friday there were three of us for "
        "the whole of outpatients. It's not rocket science."
    ),
    (
        "Clear explanation of what happens next, in plain English. Only downside: can't get "
        "through on the phone"
    ),
    (
        "I work nights. Definitely zero tolerance of abuse towards staff. People are scared "
        "to raise concerns in case it comes back on them. It's not rocket science."
    ),
    (
        "Signs were clear and it was easy to find x-ray. Easy to park and good disabled "
        "access. Thank you so much."
    ),
    (
        "Honestly, less reliance on agency staff. We are three down on the rota and it is the "
        "same people covering every gap. It's not rocket science."
    ),
    "Nurses kept us updated even when Dad was waiting for theatre.",
    "Treated like a person, not a number. Keep up the good work.",
    (
        "Good place to work overall. Honestly, more triage capacity in ED. People are waiting "
        "far too long and we see them deteriorate. It's not rocket science."
    ),
    (
        "I came into A&E on a Tuesday night. One of the HCAs explained everything clearly and "
        "checked I understood."
    ),
    (
        "Part time, 2 days a week. It has to be more staff. Last Wednesday there were three "
        "of us for the whole of the ward. Nothing ever changes though"
    ),
    "Less paperwork and more time with families. Staying late unapid is just expected.",
    (
        "A preceptorship that actually happens. I have asked for an apprenticeship in my "
        "appraisal three years running. Then we could do the job we came into it for"
    ),
    "Finishing on time. Most shifts I don't sit down for 90 minutes and I go home exhausted.",
    "My nan came into A&E on a Thursday morning. Treated like a person, not a number.",
    (
        "Honestly, being told about changes before they happen. Important information gets "
        "lost between shifts."
    ),
    (
        "It has to be hot food for night staff. The canteen shuts at 7pm and nights live on "
        "vending machine crisps. Also free staff parking."
    ),
    (
        "Call bell ignored on the surgical assessment unit and the nurse was really short "
        "with my son when she finally came. Was made to feel stupid for asking"
    ),
    "Miinmal wait for the scan, in and out in 10 minutes. 10/10",
    "Lots of agency staff who didn't know my wife or the routine. Not good enough",
    "Rang on Tuesday morning. Everywhere was spotless. Really appreciated",
    "Part time, 3 days a week. More appointments released online.",
    (
        "A booking system that gives people real appointment slots. The phone queue is 42 "
        "deep by 8.05."
    ),
    "Got a text with the results and what they meant. Keep up the good work",
    (
        "The reception team are clearly short staffed and run off their feet. Not enough "
        "staff, and it shows. Very stressful."
    ),
    "Got an appointment same day",
    "sgins were clear and it was easy to find the health centre. keep up the good work.",
    (
        "Prescription sent to the wrong chemist twice. Takes a week to get a repeat "
        "prescription signed."
    ),
    "Saw the same GP each time, didn't have to repeat my story. Thank you so much.",
    (
        "Being told about changes before they happen. Changes come out by email on the day "
        "with no explanation. Then we could do the job we came into it for."
    ),
    (
        "The GP had the hospital discharge letter the next day and followed up. Referral to "
        "the hospital went through quickly, letter came in ten days. Thank you."
    ),
    "Told to ring back at 8am tomorrow, again.",
    (
        "the online booking never has any appointments available. rang at 8am, number 23 in "
        "the queue, then all the appointments were gone. really disappointing."
    ),
    (
        "Asthma review with the practice nurse. The practice pharmacist reviewed my wife's "
        "tablet's and sorted out the side effects. Well done all."
    ),
    (
        "Definitely a thank you from senior managers now and then. Nobody notices when we go "
        "the extra mile."
    ),
    "prescription sent to the wrong chemist twice. not good enough.",
    "Very clean and tidy, you could see the cleaners working all day.",
    (
        "Needed an appointment for my chest. The GPs went above and beyond, nothing was too "
        "much trouble."
    ),
    "Easy to park and good disabled access. Raelly appreciated.",
    (
        "Everyone we met, from the receptionist onwards, treated me with dignity and respect. "
        "Shame that had to tell my story to five different people. Never see the same GP "
        "twice, have to explain everything again. Something needs to change."
    ),
    "Repeat prescriptions easy",
    (
        "some staff were lovely but the hca who did my bloods was abrupt. the receptionist "
        "was dismissive and wanted to know all my business at the desk."
    ),
    (
        "I had a smear test last week. Saw the same GP each time, didn't have to repeat my "
        "story. Seeing the same person each time means not having to repeat everything"
    ),
    (
        "Named GP lists. Cases get passed around and nobody knows the history. Also being "
        "told about changes before they happen."
    ),
    "Told to ring back at 8am tomorrow, again. Can't get an appointment for a week.",
    (
        "The call-back system means no sitting on hold for ages. Easy to book and a text "
        "reminder the day before."
    ),
    "Treated like a person, not a number. Couldn't fault it.",
    "Special thanks to Dr Jones.",
    (
        "Needed an appointment for my chest. Prescription sent to the wrong chemist twice. "
        "Repeat prescription request lost again and I ran out of inhalers."
    ),
    "The GPs went aobve and beyond, nothing was too much trouble. Many thanks.",
    (
        "Rang about my medication on Thursday. One of the reception team was off-hand and "
        "made me feel like a nuisance. Staff talked over me as if I wasn't there. Please sort "
        "it out."
    ),
    (
        "Rang on Friday morning. Everyone we met, from the lady on the phone onwards, treated "
        "me with dignity and respect."
    ),
    "Referral to the hospital went through quickly, letter came in two days",
    (
        "Honestly, keeping the same worker with the same people. Cases get passed around and "
        "nobody knows the history."
    ),
    (
        "saw the same gp each time, didn't have to repeat my story. seeing the same person "
        "each time means not having to repeat everything. keep up the good work."
    ),
    (
        "Had to tell my story to 6 different people. Never see the same GP twice, have to "
        "explain everything again. Not good enough."
    ),
    (
        "staff were brilliant but phone lines are impossible, rang 6 times and gave up. "
        "something needs to change"
    ),
    (
        "Rang about my wife's medication on Thursday. Takes 3 days to get a repeat "
        "prescription signed. Something needs to change."
    ),
    (
        "A thank you from senior managers now and then. Agency staff get paid more than us "
        "for the same shift."
    ),
    (
        "Very quick Shame that one of the care navigators was condescending and made me feel "
        "like a nuisance. Shocking."
    ),
    (
        "I went in for a blood test. One of the practice nurses was unhelpful and made me "
        "feel like a nuisance. The receptionist was quite cold and wanted to know all my "
        "business at the desk. Really disappointing."
    ),
    ("Rang at 8am, number 33 in the queue, then all the appointments were gone. Not good enough."),
    "parking is a nightmare. this isn't acceptable.",
    "good access but results were 'normal, no action' but nobody explaind what that meant.",
    "Simple: protected breaks. 6 of my team are off with stress. Nothing ever changes though.",
    (
        "For me it would be a pharmacy technician to handle repeat prescriptions. The GPs "
        "sign hundreds of repeats a day between patients. Otherwise people will keep leaving."
    ),
    (
        "I had a smear test last week. Repeat prescription ready at the pharmacy within two "
        "days of ordering on the app. Keep up the good work."
    ),
    "Was made to feel stupid for asking.",
    (
        "Honestly, clearing the backlog. People wait months for an assessment and end up in "
        "crisis. It's not rocket science. Happy to talk, ring me on 0113 496 0505"
    ),
    (
        "It has to be a thank you from senior managers now and then. Bills have gone up and "
        "pay hasn't. Then we could do the job we came into it for."
    ),
    (
        "Seeing the same person each time means not having to repeat everything. Saw the same "
        "GP each time, didn't have to repeat my story. Keep up the good work."
    ),
    "clear explanation of what happens next, in plain english. many thanks.",
    "The paramedic at the surgery was ok",
    "Signs were clear and it was easy to find the surgery.",
    (
        "Definitely joined-up working between the hospital, social care and housing. Last "
        "month someone waited a fortnight for a package of care."
    ),
    "Signage is terrible, got lost trying to find the practice. Really disappointing.",
    (
        "They actaully listened to me and didn't rush. However asthma review with the "
        "practice nurse. Waited in all day for a call back from the GP that never came."
    ),
    (
        "Saw the GP about my partner's back. Can't get an apointment for a fortnight. Really "
        "disappointing."
    ),
    (
        "Rang on Thursday morning. Got a text with the results and what they meant. Keep up "
        "the good work."
    ),
    "Saw the same GP each time, didn't have to repeat my story.",
    "Named GP lists. Cases get passed around and nobody knows the history.",
    "Time off that actually gets approved",
    "The HCA who did my bloods was ok",
    (
        "The receptionist was friendly and didn't make me feel like a time waster. Really "
        "helpful staff who made me feel at ease. Really appreciated."
    ),
    (
        "One of the practice nurses was condescending and made me feel like a nuisance. This "
        "isn't acceptable."
    ),
    "Seeing the same person each time means not having to repeat everything. 10/10",
    (
        "Only waited about 20 minutes past the appointment time, which is fine. Called in on "
        "time, hardly any wait in the waiting room. Keep up the good work."
    ),
    (
        "It's a hard job. More appointments released online. Reception take abuse at 8.01 "
        "every morning when the phones open. Nothing ever changes though."
    ),
    (
        "Asthma review with the practice nurse. Blood results came back quickly, no waiting "
        "around for a call."
    ),
    (
        "Without a doubt free staff parking. The staff car park is a 15 minute walk away and "
        "not safe at night."
    ),
    "Saw the GP about my back. Really kind staff who made me feel at ease.",
    (
        "Been here three years. More appointments released online. Reception take abuse at "
        "8.01 every morning when the phones open."
    ),
    "Rang on Thursday morning. Clearly not enough GPs for the number of patients. Shocking.",
    (
        "My partner went in for a blood test. Repeat prescription request lost again and my "
        "partner ran out of inhalers. Prescription sent to the wrong chemist twice."
    ),
    (
        "Been here three years. Safe staffing levels. Locums don't know the patients, so "
        "everything takes longer. Also discharge letters that arrive before the patient does. "
        "Then we could do the job we came into it for."
    ),
    (
        "asthma review with the practice nurse. repeat prescription ready at the pharmacy "
        "within two days of ordering on the app. the practice pharmacist reviewed my tablets "
        "and sorted out the side effects."
    ),
    "Somewhere to park near work. The district nurses get tickets outside patients' homes.",
    (
        "It's a hard job. Definitely filling the vacancies. We lost four people this year and "
        "replaced one."
    ),
    (
        "Rang about Mum's medication on Monday. Can't get an appointment for two days. Phone "
        "lines are impossible, rang seven times and gave up."
    ),
    "Treated like a person, not a number.",
    (
        "I've worked in the care home for five years. It has to be being told about changes "
        "before they happen."
    ),
    (
        "Five different carers in one week, it is confusing and upsetting for my husband. "
        "Something needs to change"
    ),
    (
        "The carers are always rushing, in and out in ten minutes. Short staffed so visits "
        "get cut short, Mum was rushed through a wash. Please sort it out."
    ),
    "My nan's carers have been the same for months and they know the routine. 10/10",
    "One login instead of seven.",
    "More carers on the rota. Agency carers don't know the clients or their routines.",
    (
        "Short staffed so visits get cut short, my son was rushed through a wash. This isn't "
        "acceptable."
    ),
    (
        "Even though they were clearly busy, the night staff never made me feel rushed. The "
        "one thing I'd say: 6 different carers in one week, it is confusing and upsteting for "
        "me. Not good enough."
    ),
    "simple: managers who actually listen. also being paid for travel time.",
    (
        "I started at the day centre a few weeks ago. 6 different carers in one week, it is "
        "confusing and upsetting for me. Really disappointing."
    ),
    (
        "I started at the day centre in the spring. Treated like a person, not a number. Many "
        "thanks."
    ),
    (
        "Keeping the same worker with the same people. People have had four different workers "
        "in a month"
    ),
    "No care package in place when I was sent home from hospital. Really disappointing.",
    "Social worker came out quickly, within two weeks of us ringing. Well done all.",
    "Been here 2 years. For me it would be somewhere to heat food and take a proper break.",
    "They actually listened to me and didn't rush. Couldn't fault it.",
    "My carers have been the same for months and they know the routine.",
    "Easy to book and a text reminder the day before. 10/10",
    "Reablement team came the day after I got home from hospital, it was seamless",
    "It has to be Wi-Fi that works in the office.",
    (
        "Without a doubt keeping the same worker with the same people. Cases get passed "
        "around and nobody knows the history. Then we could do the job we came into it for."
    ),
    "Seeing the same person each time means not having to repeat everything. Many thanks.",
    (
        "Without a doubt free staff parking. Paying £3.50 a day to come to work is a joke. "
        "Nothing ever changes though."
    ),
    (
        "I moved into the care home last month. Didn't have to wait long at all, seen within "
        "15 minutes."
    ),
    (
        "My carers come 2 times a day. Always two carers for the hoist, never a wait for the "
        "second one. Thank you."
    ),
    ("For me it wuold be somewhere to heat food and take a proper break. It's not rocket science."),
    (
        "I moved into the care home recently. Seeing the same person each time means not "
        "having to repeat everything. My carers have been the same for months and they know "
        "the routine."
    ),
    "Kept informed at every stage, always knew what was happening next. Well done all.",
    (
        "My partner came out of hospital a few weeks ago. Carers don't always wash their "
        "hands or wear gloves."
    ),
    (
        "The office changed the visit times when we asked, no fuss. Couldn't fault it. Only "
        "downside: food was cold by the time it arrived"
    ),
    "Nobody joined things up between the hospital, social services and the GP. Very stressful.",
    (
        "Dad moved into the care home in the spring. Staff talked over Dad as if Dad wasn't "
        "there. Something needs to change."
    ),
    "Seenig the same person each time means not having to repeat everything. Well done all.",
    (
        "Pay that reflects the job. I could earn more stacking shelves at the supermarket. We "
        "say this every survey"
    ),
    (
        "My son's care package started recently. Commode left unemptied from the morning "
        "visit. Something needs to change."
    ),
    "More carers on the rota. We lost three people this year and replaced one.",
    "Definitely rotas that let the same craers visit the same clients.",
    "Kept informed at every stage, always knew what was happening next.",
    ("Everyone we met, from the duty social worker onwards, treated Mum with dignity and respect."),
    (
        "The team is great but morale is low. A single referral form for all partners. I "
        "spend hours chasing other services on the phone. Nothing ever changes though."
    ),
    (
        "I've worked in the community for two years. Keeping the same worker with the same "
        "people. Cases get passed around and nobody knows the history. Then we could do the "
        "job we came into it for. My manager Kelly has been really supportive."
    ),
    (
        "My carers come two times a day. One carer is on her phone the whole visit and barely "
        "speaks to me. Please sort it out."
    ),
    (
        "Rotas that let the same carres visit the same clients. People get upset when a "
        "stranger turns up. It's not rocket science."
    ),
    (
        "Different carer nearly every day, never know who is coming. Three different carers "
        "in one week, it is confusing and upsetting for my wife."
    ),
    (
        "My nan's carers come three times a day. Some staff were lovely but the team leader "
        "was rude."
    ),
    (
        "Not kept informed, had to chase for every update. Told different things by different "
        "people. Please sort it out."
    ),
    "Treated like a person, not a number. Thank you.",
    "A proper team meeting once a month. Nobody asks the frontline before making decisions.",
    (
        "Without a doubt proper notice from the hospital before discharge. Nobody owns the "
        "discharge so everyone chases everyone"
    ),
    (
        "I moved into the care home recently. The office never lets us know when the carer is "
        "late or if it's a different carer. Very stressful."
    ),
    "Some staff were lovely but the main carer was off-hand.",
    "Simple: safe staffing levels. Then we could do the job we came into it for.",
    (
        "Part time, two days a week. It has to be a proper team meeting once a month. Then we "
        "could do the job we came into it for"
    ),
    "Recgonition for the work we do. Also realistic travel time between calls.",
    (
        "Good place to work overall. It has to be one login instead of four. Also protected "
        "time for training."
    ),
    (
        "Honestly, finishing on time. I haven't had a full lunch break since March. We say "
        "this every survey."
    ),
    (
        "Mum started at the day centre a few weeks ago. The office changed the visit times "
        "when we asked, no fuss. Thank you so much."
    ),
    (
        "It's a hard job. For me it would be less reliance on agency staff. The carers are "
        "rushing from call to call and the clients notice. Also proper notice from the "
        "hospital before discharge"
    ),
    (
        "Was made to feel stupid for asking. The duty social worker was rude when I asked a "
        "simple question."
    ),
    "clear explanation of what happens next, in plain english. couldn't fault it.",
    "the office changed the visit times when we asked, no fuss. well done all.",
    "Nobody told us anything. Felt like nobody was listeinng to me. Not good enough",
    ("My carers come two times a day. The carers stay the full time and never rush me. Thank you."),
    "Nobody told us anything. This isn't acceptable.",
    (
        "The office changed the visit times when we asked, no fuss. Easy to book and a text "
        "reminder the day before."
    ),
    "Food at the home is bland and there is no fresh fruit. Something needs to change.",
    (
        "Being told about changes before they happen. Important information gets lost between "
        "shifts. Nothing ever changes though."
    ),
    (
        "My care package started last year. The carers arrive on time nearly every visit, "
        "never more than 25 mins out."
    ),
    (
        "Mum came out of hospital last month. The OT is lovely and Mum looked forward to "
        "every visit."
    ),
    ("One change? Finishing on time. The wellbeing offer is a link to an app, that isn't support."),
    (
        "The carers are often an hour and a half late, I was left wating for tablets again. "
        "Shocking."
    ),
    "Waited six months for a social care assessment.",
    (
        "It has to be less reliance on agency staff. Last Monday there were three of us for "
        "the whole of the community."
    ),
    (
        "Social worker came out quickly, within ten days of us ringing. Many thanks. But too "
        "much jargon, came away not understanding what was going on. Nobody told us anything."
    ),
    "The home is always clean and never smells. Everywhere was spotless. Couldn't fault it.",
    (
        "I came out of hospital back in September. Seeing the same person each time means not "
        "having to repeat everything"
    ),
    (
        "Had to tell my story to five different people. Four different carers in one week, it "
        "is confusing and upsetting for me. Shocking."
    ),
    (
        "My nan moved into the care home last year. Food was cold by the time it arrived. "
        "Please sort it out."
    ),
    "Different carer nearly every day, never know who is coming. Not good enough.",
    (
        "Been a tenant for over 3 years. One of the caretakers was off-hand and made me feel "
        "like a nuisance. Some staff were lovely but the estate officer was off-hand. "
        "Shocking."
    ),
    (
        "Honestly, laptops that actually work. I can't see the repairs history from the "
        "housing system. Also more staff. Otherwise people will keep leaving."
    ),
    (
        "Nobody joined things up between the hospital, social services and the GP. I couldn't "
        "come home from hospital because the adaptation still isn't done. Not good enough"
    ),
    (
        "Rang the repairs line on Monday. Staff talked over my daughter as if my daughter "
        "wasn't there."
    ),
    "Signage is terrible, got lost trying to find the house. Really disappointing.",
    "On hold for over an hour every time I ring, the wait is ridiculous.",
    "The man on the pohne was ok",
    (
        "Tenancy officer has changed three times this year, nobody knows the history. Not "
        "good enough."
    ),
    "The plumber was so kind and took time to listen. Couldn't fault it",
    "Waited 4 months for a repair to the guttering. This isn't acceptable.",
    (
        "I couldn't come home from hospital because the adaptation still isn't done. Nobody "
        "joined things up between the hospital, social services and the GP."
    ),
    (
        "Without a doubt contractors who turn up when booked. Some repairs need four visits "
        "because the van never has the parts."
    ),
    "The man on the phnoe was ok",
    (
        "My flat is on the 9th floor. Windows won't shut, the heating doesn't work and the "
        "flat is freezing."
    ),
    "Been a tenant for over 3 years. Emails to the housing officer go unanswered. Shocking.",
    (
        "Rpeorted a repair on Friday. Told different things by different people. This isn't "
        "acceptable."
    ),
    (
        "I moved into the flat recently. Not kept informed, had to chase for every update. "
        "Reported the repair three times and each time there was no record of it. This isn't "
        "acceptable."
    ),
    (
        "Contractor came, said it was a job for a different trade and left. The shower has "
        "been broken for 5 days."
    ),
    "Rubbish left in the bin store for weeks, now there are rats.",
    (
        "Without a doubt being able to order the right materials first time. Some repairs "
        "need seven visits because the van never has the parts. Then we could do the job we "
        "came into it for."
    ),
    (
        "Reported a repair on Thursday. Contractor came, said it was a job for a different "
        "trade and left."
    ),
    (
        "Easy to book and a text reminder the day before. Booked the repair online and got a "
        "choice of morning or afternoon slot. Thank you."
    ),
    (
        "Repair was done quickly, within a week of reporting it, which was a relief. Couldn't "
        "fault it."
    ),
    ("Too much jargon, came away not understanding what was going on. Something needs to change."),
    "The repairs line cuts off after 20 minutes on hold. Shocking.",
    (
        "Repair done properly first time. Keep up the good work. Only downside: reported a "
        "repair on Sunday. The operative was abrupt and left a mess everywhere."
    ),
    "Without a doubt more cleaning staff",
    "Evening appointments for people who work",
    "for me it would be being able to order the right materials first time.",
    (
        "Honestly, recognition for the work we do. A card at Christmas from the chief exec is "
        "not recognition. It's not rocket science. Email me at raj.patel@example.com."
    ),
    "Been a tenant for over three years. The toilet has been broken for a fortnight. Shocking.",
    (
        "Face to face training instead of e-learning. The last face to face course I went on "
        "was before Covid. Also somewhere to park near work."
    ),
    (
        "Had to tell my story to three different people. Tenancy officer has changed three "
        "times this year, nobody knows the history. This isn't acceptable."
    ),
    (
        "Filling the vacancies. We are 6 down on the rota and it is the same people covering "
        "every gap."
    ),
    "Easy to book and a text reminder the day before. Couldn't fault it.",
    (
        "My flat is on the 9th floor. The repairs line cuts off after 20 minutes on hold. "
        "Given a morning slot, nobody came and nobody rang. Please sort it out."
    ),
    "The contact centre was quite cold when I asked a simple question. Not good enough.",
    "Winodws won't shut, the heating doesn't work and the flat is freezing.",
    "Contractors who turn up when booked. Otherwise people will keep leaving.",
    (
        "No ramp to the front door even though they know about the wheelchair. Nowhere to "
        "park near the estate and I can't walk far. Really disappointing."
    ),
    "Plenty of staff around, never felt rushed.",
    "On hold for 40 minutes every time I ring, the wait is ridiculous. Raelly disappointing.",
    (
        "Rang the repairs line on Sunday. Leak from the flat above coming through the ceiling "
        "in the baby's room for two months."
    ),
    "The tenancy officer was ok",
    "Signs were clear and it was easy to find the flat.",
    (
        "My flat is on the 9th floor. Not enough staff in the call centre, you can tell. "
        "Something needs to change."
    ),
    "new kitchen fitted and it lokos great.",
    "A newsletter about planned works.",
    "I love my team. Simple: keeping the same worker with the same people.",
    (
        "It's a hard job. Without a doubt managers who actually listen. We found out about "
        "the restructure on social media. Otherwise people will keep leaving."
    ),
    (
        "Been a tenant for over three years. The same tenancy officer has dealt with us for "
        "years and knows the history. Thank you."
    ),
    "Less paperwork and more time with tenants. Also free staff parking.",
    (
        "It's a hard job. It has to be an end to the blame culture. We get sworn at most days "
        "and nothing happens. It's not rocket science."
    ),
    "The housing officer was helpful and took time to listen. Thank you.",
    (
        "Reported a repair on Thursday. The operative was unhelpful and left a mess "
        "everywhere. Please sort it out."
    ),
    (
        "Rubbish left in the bin store for weeks, now there are rats. The stairwell stinks "
        "and nobody cleans it. This isn't acceptable."
    ),
    (
        "it's a hard job. for me it would be finishing on time. the wellbeing offer is a link "
        "to an app, that isn't support. also keeping the same worker with the same people."
    ),
    "The housing office was unhelpful when I asked a simple question. Really disappointing.",
    (
        "Tenancy officer has changed three times this year, nobody knows the history. Had to "
        "tell my daughter's story to five different people. Shocking."
    ),
    "Speaking as one of the contact centre staff. For me it would be clear career progression.",
    (
        "Rang the repairs line on Monday. Emails to the housing officer go unanswered. Felt "
        "like nobody was listening to me. Very stressful."
    ),
    (
        "Seeing the same person each time means not having to repeat everything. The same "
        "tenancy officer has dealt with us for years and knows the history."
    ),
    (
        "Nobody told us anything. Reported the repair three times and each time there was no "
        "record of it."
    ),
    "The extractor fan has been brkoen for two days.",
    "Felt like nobody was listening to me.",
    (
        "The plumber was friendly and took time to listen. The operatives were warm and "
        "cheerful. Really appreciated."
    ),
    (
        "Simple: contractors who turn up when booked. Some repairs need five visits because "
        "the van never has the parts."
    ),
    (
        "Tenancy officer has changed three times this year, nobody knows the history. Very "
        "stressful."
    ),
    "The operative spoke to me like a criminal. Please sort it out.",
    (
        "Some staff were lovely but the man on the phone was condescending. The operative was "
        "abrupt and left a mess everywhere. This isn't acceptable."
    ),
    (
        "Rang the repairs line on Tuesday. On hold for over an hour every time I ring, the "
        "wait is ridiculous. Waited in all day for a contractor who never turned up. Very "
        "stressful"
    ),
    "Waited 45 mins past the appointment time.",
    (
        "Rang the repairs line on Thursday. Got a text the day before the repair and a call "
        "when the operative was on the way. Really appreciated."
    ),
    "Honestly, more cleaning staff. Tenants rightly comlpain about the bin stores.",
    (
        "Been a tenant for over 2 years. The operative who fixed the back bedroom window was "
        "warm and cleaned up after himself. The back bedroom window was replaced within 3 "
        "days and works perfectly. Thank you."
    ),
    (
        "Been a tenant for over 2 years. Leak from the flat above coming through the ceiling "
        "in all the bedrooms for three months. Not good enough."
    ),
    (
        "Reported a repair on Thursday. Reported the repair three times and each time there "
        "was no record of it. Shocking."
    ),
    "damp survey done quickly and the mould treatment has worked.",
    "The stairwell stinks and nobody cleans it. This isn't acceptable.",
    "Leak from the flat above coming through the ceiling in the back bedroom for six months.",
    "Seeing the same person each time means not having to repeat everything",
    "Nobody at the hospital mentioned support after discharge, we found the charity ourselves.",
    (
        "Queue at the food bank moved quickly and there were chairs to wait on. But I was "
        "matched with a befriender back in March. One of everyone at the hub was dismissive "
        "and made me feel like a nuisance. Staff talked over me as if I wasn't there. "
        "Something needs to change."
    ),
    (
        "Fixing the spreadsheets. We still write things on paper and type them up again "
        "later. Otherwise people will keep leaving."
    ),
    (
        "simple: less reliance on agency staff. we are three down on the rota and it is the "
        "same people covering every gap. otherwise people will keep leaving."
    ),
    "Same befriender every week, I really looked forward to it. Keep up the good work.",
    "Glad the lunch club got its funding renewed, it is my lifeline. Tahnk you",
    "Waited 40 minutes past the appointment time.",
    (
        "amazing what they do on a shoestring. glad the lunch club got its funding renewed, "
        "it is my lifeline. many thanks."
    ),
    (
        "used the food bank for the first time recently. kept informed at every stage, always "
        "knew what was happening next. many thanks."
    ),
    (
        "Mum was matched with a befriender last month. Same befriender every week, Mum really "
        "looked forward to it. Really appreciated."
    ),
    (
        "My son was referred by the GP. One of the group leaders was abrupt and made my son "
        "feel like a nuisance. Really disappointing."
    ),
    "Proper wellbeing support.",
    "The minibus pick-up made it possible for me to get there. Thank you.",
    (
        "They need more volunteers, the group was cancelled twice because nobody could run "
        "it. Please sort it out."
    ),
    (
        "I was matched with a befriender last month. Amazing what they do on a shoestring. "
        "Really appreciated."
    ),
    (
        "Seeing the same person each time means not having to repeat everything. Same "
        "befriender every week, my partner realy looked forward to it."
    ),
    (
        "Nobody joined things up between the hospital, social services and the GP. Something "
        "needs to change."
    ),
    ("Seeing the same person each time means not having to repeat everything. Really appreciated."),
    "Nothing, keep diong what you're doing",
    "The volunteer dirver was ok",
    (
        "Used the food bank for the first time last month. Signs were clear and it was easy "
        "to find the community hub. Easy to park and good disabled access. Keep up the good "
        "work."
    ),
    (
        "I started coming to the lunch club a few weeks ago. Seeing the same person each time "
        "means not having to repeat everything."
    ),
    (
        "I started coming to the lunch club last month. Felt like nobody was listening to me. "
        "Was promised a call back about the grant and never heard anything. Very stressful"
    ),
    "I felt welcome from the frist day, the volunteers are so kind. Well done all",
    (
        "Good place to work overall. For me it would be better handovers. Nobody asks the "
        "frontline before making decisions. Nothing ever changes though"
    ),
    (
        "Came to the drop-in for help with a PIP form. Clear explanation of what happens "
        "next, in plain English."
    ),
    (
        "More volunteers. We are 6 down on the rota and it is the same people covering every "
        "gap. Then we could do the job we came into it for."
    ),
    (
        "everyone we met, from the lady on the front desk onwards, treated me with dignity "
        "and respect. raelly so kind staff who made me feel at ease."
    ),
    (
        "Honestly, free staff parking. Volunteers pay to park at the hosptial when they do "
        "home from hospital runs. Otherwise people will keep leaving."
    ),
    (
        "Definitely a proper team meeting once a month. Nobody asks the frontline before "
        "making decisions. Then we could do the job we came into it for."
    ),
    (
        "core funding, not just projects. staff leave because every contract ends in march. "
        "nothing ever changes though."
    ),
    (
        "I started coming to the lunch club in the spring. Lots of volunteers so there is "
        "always someone to talk to. Keep up the good work."
    ),
    "A second session in the week would be lovely.",
    "Everyone at the hub are caring and never judge anyone. Well done all.",
    (
        "It has to be a thank you from senior managers now and then. A card at Christmas from "
        "the chief exec is not recognition."
    ),
    (
        "I started coming to the lunch club in the spring. The drivers went above and beyond, "
        "nothing was too much trouble. Everyone at the hub were warm and reassuring. Thank "
        "you."
    ),
    (
        "Core funding, not just projects. Our funding ends in April and nobody knows if the "
        "service carries on. Then we could do the job we came into it for."
    ),
    "Honestly, more fresh food donations. The food parcels are mostly tins now.",
    (
        "The minibus pick-up made it possible for me to get there. Easy to park and good "
        "disabled access."
    ),
    (
        "For me it would be core funding, not just projects. Staff leave because every "
        "contract ends in March. We say this every survey."
    ),
    (
        "definitely safe staffing levels. we are 6 down on the rota and it is the same people "
        "covering every gap. nothing ever changes though. my manager emma has been really "
        "supportive."
    ),
    "The befrienders are caring and never judge anyone. Couldn't fault it",
    "For me it would be less reliance on agency staff.",
    "some staff were lovely but the support worker was abrupt. something needs to change.",
    (
        "I was matched with a befriender in the spring. Nobody at the hospital mentioned "
        "support after discharge, we found the charity ourselves."
    ),
    "Nobdoy told us anything. Something needs to change.",
    "More information leaflets",
    "Definitely recognition for the work we do. Nothing ever changes though.",
    (
        "Got an appointment with the advice worker quickly, only waited 5 days. Queue at the "
        "food bank moved quickly and there were chairs to wait on."
    ),
    (
        "Really so kind staff who made me feel at ease. Everyone at the hub were so kind and "
        "thorough. Thank you so much."
    ),
    (
        "The home from hospital volunteers did a shop and settled me in. Shame that the "
        "helpline is only open two mornings a week and is always engaged."
    ),
    (
        "the advice worker explained the options clearly and signposted me to the right "
        "people. they actually listened to me and didn't rush. keep up the good work"
    ),
    "The food bank had run out of basics before we got to the front. This isn't acceptable.",
    (
        "I came to the advice session about a housing problem. The advice team are warm and "
        "never judge anyone"
    ),
    (
        "Multi-year funding instead of 12-month grants. We spend half the year writing bids "
        "instead of helping people. We say this every survey"
    ),
    (
        "The group leaders are so kind and never judge anyone. The group leaders went above "
        "and beyond, nothing was too much trouble. Many thanks."
    ),
    (
        "Without a doubt a single referral form for all partners. Last month someone waited 3 "
        "days for a package of care. Also laptops that actually work."
    ),
    (
        "Even though they were clearly busy, everyone at the hub never made me feel rushed. "
        "Thank you so much."
    ),
    (
        "Used the food bank for the first time a few weeks ago. Everyone at the hub were "
        "friendly and patient."
    ),
    (
        "I was referred by the GP. The heplline is only open two mornings a week and is "
        "always engaged."
    ),
    "Please reply to emma.khan@example.com.",
    (
        "I came to the advcie session about a housing problem. Even though they were clearly "
        "busy, the staff at the centre never made me feel rushed."
    ),
    "Clear explanation of what happens next, in plain English.",
    "The helpline is only open two mornings a week and is always engaged. Please sort it out.",
    (
        "I came to the advice session about Universal Credit. Got an appointment with the "
        "advice worker quickly, only waited ten days. Keep up the good work."
    ),
    (
        "Used the food bank for the first time in the spring. Plenty of staff around, never "
        "felt rushed. 10/10"
    ),
    (
        "Used the food bank for the first time back in April. Was made to feel stupid for "
        "asking. Please sort it out."
    ),
    (
        "Used the food bank for the first time recently. Not much choice for a diabetic diet. "
        "Food was cold by the time it arrived. Not good enough."
    ),
    "One of the group leaders was condescending and made me feel like a nuisance.",
    ("Seeing the same person each time means not having to repeat everything. Couldn't fault it."),
    (
        "Definitely keeping the same worker with the same people. People get upset when a "
        "stranger turns up. It's not rocket science."
    ),
    (
        "My son was matched with a befriender last month. Got an appointment with the advice "
        "worker quickly, only waited a fortnight. Didn't have to wait long at all, seen "
        "within about 20 minutes"
    ),
    "Glad the lunch club got its funding renewed, it is my lifeline. Really appreciated",
    "Raj the befriender has been a lifeline.",
    "Please ring me on 0113 496 0163.",
    "Definitely fudning for courses.",
    (
        "I came to the advice session about a PIP form. Plenty of staff around, never felt "
        "rushed. Really appreciated."
    ),
    (
        "It has to be somewhree to heat food and take a proper break. The food parcels are "
        "mostly tins now."
    ),
    (
        "Used the food bank for the first time last year. Please don't cut the befriending "
        "service, it is a lifeline for my partner. The group was cut from weekly to monthly "
        "because of funding. Not good enough."
    ),
    "The discharge team sorted the care package before I came home.",
    ("One of the HCAs explained everything clearly and checked I understood. Really appreciated."),
    "Appointment letter came in good time and the text reminder was useful. Well done all.",
    "Minimal wait for the scan, in and out in twenty minutes.",
    (
        "Triaged quickly and the wait to see a doctor was much shorter than expected. Didn't "
        "have to wait long at all, seen within 40 minutes. Well done all."
    ),
    "The staff tried their best",
    "Easy to rearrange the outpatient appointment online",
    "The housekeeper made sure I had something to eat after coming back from theatre.",
    (
        "The food was hot and there was a good choice. Meals on Ward 5 were much better than "
        "expected and the menu had plenty of choice."
    ),
    "Easy to book and a text reminder the day before.",
    "didn't have to wait long at all, seen within about 20 minutes. thank you so much.",
    "minimal wait for the scan, in and out in half an hour. raelly appreciated.",
    "Discharge was well organised, medication ready and transport booked. Thank you.",
    (
        "Easy to rearrange the outpatient appointment online. Appointment letter came in good "
        "time and the text reminder was useful. Many thanks."
    ),
    (
        "I spent two weeks on Ward 6B. The housekeeper made sure I had something to eat after "
        "coming back from theatre. Keep up the good work."
    ),
    "Minimal wait for the scan, in and out in 40 minutes. Couldn't fault it.",
    (
        "my daughter was brought in by ambulance at half 11. seen within twenty minutes of "
        "arriving in a&e on a sunday night, i couldn't bleieve it."
    ),
    (
        "Minimal wait for the scan, in and out in about 20 minutes. The wait in A&E was only "
        "35 mins, which was great."
    ),
    (
        "Mrs Patel was amazing. I spent ten days on the stroke unit. Everyone we met, from "
        "the A&E reception onwards, treated me with dignity and respect."
    ),
    "Nurses kept us updated even when my son was waiting for theatre. Well done all.",
    "Even at 2pm the A&E team were warm and patient. Thank you so much.",
    "The nurses made a frightening time a lot less scary. Keep up the good work.",
    "Good to see enough nurses on the ward at night.",
    (
        "Very quick Only downside: told I could go home at 10am, finally left at 10 at night "
        "waiting for medication. Really disappointing."
    ),
    (
        "The wait for my operation was shorter than we were told. Minimal wait for the scan, "
        "in and out in 15 minutes."
    ),
    (
        "The physios made a frightening time a lot less scary. Everyone we met, from the "
        "front desk onwards, treated me with dignity and respect"
    ),
    (
        "Day surgery last Monday. Parking was easy for once and the drop-off bay by the "
        "entrance helped. Signs were clear and it was easy to find outpatients."
    ),
    (
        "Clear explanation of what happens next, in plain English. The junior doctor "
        "explained everything clearly and checked I understood. Many thanks."
    ),
    "triaged quickly and the wait to see a doctor was much shorter than expected. 10/10",
    "The porters made a frightening time a lot less scary. Couldn't fault it.",
    (
        "Attended the breast clinic on Monday. Discharge was well organised, medication ready "
        "and transport booked. Many thanks."
    ),
    "Some of the staff were kind",
    "The stroke unit was spotless and the toilets were cleaned several times a day.",
    (
        "The doctor took time to explain the scan results to the whole family. Nurses kept us "
        "updated even when I was waiting for theatre."
    ),
    (
        "I was brought in by ambulance at 4.30pm. Clear explanation of what happens next, in "
        "plain English. Well done all."
    ),
    (
        "Everyone we met, from the A&E reception onwards, treated me with dginity and "
        "respect. Many thanks."
    ),
    "They actually listened to me and didn't rush. Thank you.",
    (
        "Plenty of staff around, never felt rushed. Even though they were clearly busy, the "
        "physios never made me feel rushed. Many thanks."
    ),
    (
        "The housekeeper made sure my daughter had something to eat after coming back from "
        "theatre. Thank you."
    ),
    "Really professional staff who made Dad feel at ease. Really appreciated.",
    "The wait for my daughter's operation was shorter than we were told. 10/10",
    "Everywhere was spotless. Many thanks.",
    (
        "Explained everything However drove round the car park for 10 minutes looking for a "
        "space and nearly missed the appointment. This isn't acceptable."
    ),
    (
        "signs were clear and it was easy to find the antenatal clinic. parking was easy for "
        "once and the drop-off bay by the entrance helped."
    ),
    ("Good to see enough nurses on the ward at night. Plenty of staff around, never felt rushed."),
    "They actually listened to me and didn't rush. 10/10",
    "Seen within 10 minutes of arriving in A&E on a Saturday night, I couldn't believe it.",
    "The food was hot and there was a good choice. Thank you so much.",
    (
        "I was admitted to Ward 34 after a fall. Kept informed at every stage, always knew "
        "what was happening next. Keep up the good work."
    ),
    "Parking was easy for once and the drop-off bay by the entrance helped.",
    (
        "Seeing the same person each time means not having to repeat everything. Although my "
        "husband spent two days on Ward 26. My husband waited 4 and a half hours on a trolley "
        "in the corridor before getting a bed."
    ),
    "Plenty of staff around, never felt rushed. Only downside: receptionest was rude",
    (
        "My husband had a knee operation on Thursday. Hardly any wait, which made a big "
        "difference. Triaged quickly and the wait to see a doctor was much shorter than "
        "expected. 10/10"
    ),
    (
        "the a&e team were kind and respectful. the junior doctor was helpful and took time "
        "to listen."
    ),
    (
        "attended the antenatal clinic on sunday. the wait for my operation was shorter than "
        "we were told. 10/10"
    ),
    (
        "I spent eight days on the CDU. Appointment letter came in good time and the text "
        "reminder was useful"
    ),
    "They actually listened to me and didn't rush. Really appreciated",
    "Everywhere was spotless. 10/10",
    "The discharge team sorted the care package before my nan came home.",
    (
        "The porters went above and beyond, nothing was too much trouble. Really so kind "
        "staff who made me feel at ease. 10/10"
    ),
    "Good to see enough nurses on the ward at night. Many thanks.",
    (
        "I came into A&E on a Saturday evening. Everyone we met, from main reception onwards, "
        "treated me with dignity and respect. Many thanks."
    ),
    (
        "day surgery last saturday. clinic ran on time and i was called in at 7pm on the dot, "
        "no wating about. minimal wait for the scan, in and out in 35 mins. really "
        "appreciated."
    ),
    (
        "attended the breast clinic on saturday. seen within half an hour of arriving in a&e "
        "on a wednesday evening, i couldn't believe it. 10/10"
    ),
    (
        "One of the porters was really short with my husband and made my husband feel like a "
        "nuisance. Please sort it out."
    ),
    (
        "Staff talked over me as if I wasn't there. The ward clerk was off-hand when I asked "
        "a simple question."
    ),
    (
        "I was brought in by ambulance at teatime. Waited nearly seven hours in A&E with no "
        "update. Very stressful."
    ),
    "Nobody told us Mum was being moved to another ward.",
    "Nothing, keep doing what you're doing",
    (
        "Same sandwiches every day on Ward 19. Nobody helped me to eat and the tray was taken "
        "away untouched."
    ),
    (
        "I was admitted to Ward 34B after a fall. The A&E reception was quite cold when I "
        "asked a simple question. Staff talked over me as if I wasn't there."
    ),
    "Staff talked over me as if I wasn't there. Very stressful.",
    "The doctors are clearly short staffed and run off their feet. Something needs to change.",
    (
        "Same sandwiches every day on Ward 32. Nobody helped me to eat and the tray was taken "
        "away untouched. Really disappointing."
    ),
    "Call bell ignored on Ward 28 and the nurse was dismissive when she finally came.",
    "Can't get through on the phone",
    (
        "I had a knee operation on Sunday. Drove round the car park for half an hour looking "
        "for a space and nearly missed the appointment. Shocking."
    ),
    "One of the nurses was abrupt and made me feel like a nuisance. Really disappointing",
    (
        "Attended the breast clinic on Monday. Felt like nobody was listening to me. Nobody "
        "told us anything. Please sort it out."
    ),
    (
        "I was moved three times between wards in one stay. Had to tell my story to three "
        "different people. Not good enough."
    ),
    (
        "i spent a week on the surgical assessment unit. signage is terrible, got lost trying "
        "to find x-ray. very stressful."
    ),
    "Still waiting for a date for my operation, it has been 4 months.",
    "Felt like nobody was listening to my nan.",
    (
        "I was brought in by ambulance at 2pm. Bins overflowing on Ward 27 and the floor was "
        "sticky. Very stressful."
    ),
    (
        "I was admitted to Ward 23 after a fall. Waited two and a half hours in A&E with no "
        "update. Very stressful."
    ),
    "Just keep doing what you're doing.",
    (
        "I had a knee operation on Saturday. The booking line rang out every time I tried to "
        "rearrange. Really disappointing."
    ),
    (
        "I spent 5 days on Ward 29. Doctors did the ward round and left without explaining "
        "anything to me."
    ),
    "Phone chargers on the ward.",
    (
        "Attended the fracture clinic on Tuesday. Signage is terrible, got lost trying to "
        "find the day surgery unit. Shocking."
    ),
    (
        "I spent two days on Ward 13. One of the stfaf in the day unit was unhelpful and made "
        "me feel like a nuisance. Staff talked over me as if I wasn't there. Something needs "
        "to change."
    ),
    (
        "Not enough staff, and it shows. Lots of agency staff who didn't know me or the "
        "routine. Something needs to change."
    ),
    (
        "Chairs in the waiting area were stained. Bins overflowing on Ward 19B and the floor "
        "was sticky."
    ),
    "Had to tell my story to three diffreent people. Not good enough.",
    (
        "Nowhere to park near outpatients and I can't walk far. £6 to park is daylight "
        "robbery, and the pay machines don't take cards. Really disappointing."
    ),
    (
        "I waited nearly seven hours on a trolley in the corridor before getting a bed. Not "
        "good enough."
    ),
    "Nobody told us I was being moved to another ward.",
    (
        "Clinic was running 45 mins late and nobody said a word, we just sat there waiting. "
        "Waited two and a half hours in A&E with no update. Really disappointing."
    ),
    "Nobody tells you anything",
    (
        "Told I could go home at 10am, finally left at half 7 wating for medication. This "
        "isn't acceptable."
    ),
    "Day surgery last Saturday. Not much choice for a diabetic diet.",
    (
        "£12 to park is daylight robbery, and the pay machines don't take cards. Drove round "
        "the car park for 15 minutes looking for a space and nearly missed the appointment. "
        "Something needs to change."
    ),
    "I was brought in by ambulance at 10:15. Waited over an hour past the appointment time.",
    (
        "Discharged at 11pm with no transport and no one at home. I was medically fit for ten "
        "days but stuck on the ward waiting for a care package."
    ),
    "Day surgery last Saturday. Nobody told us I was being moved to another ward.",
    ("i spent eight days on ward 7. i missed a meal while in x-ray and nobody kept anything back."),
    (
        "more staff. we are seven down on the rota and it is the same people covering every "
        "gap. we say this every survey"
    ),
    "I work nights. One change? Being told about changes before they happen.",
    (
        "Definitely joined-up working between the hospital, social care and housing. Nobody "
        "owns the discharge so everyone chases everyone. We say this every survey."
    ),
    "Honestly, more triage capacity in ED",
    "Part time, 3 days a week. Less paperwork and more time with patients.",
    "Good place to work overall. Definitely a preceptorship that actually happens",
    (
        "More nurse's on nights. We lost three people this year and replaced one. Then we "
        "could do the job we came into it for. Happy to talk, ring me on 0113 496 0815."
    ),
    (
        "Definitely protected breaks. The wellbenig offer is a link to an app, that isn't "
        "support. Also one login instead of five."
    ),
    (
        "Being treated with respect by senior managers. Racist comments from the public get "
        "brushed off. It's not rocket science."
    ),
    (
        "Been here two years. Definitely laptops that actually work. I log into seven "
        "different systems to see one person's record. Then we could do the job we came into "
        "it for."
    ),
    "I love my team. Simple: hot food for night staff.",
    (
        "definitely proper wellbeing support. most shifts i don't sit down for 90 minutes and "
        "i go home exhausted. nothing ever changes though. my manager emma has been really "
        "supportive."
    ),
    "Definitely recgonition for the work we do.",
    "A thank you from senior managers now and then. We say this every survey.",
    "It has to be finishing on time. Three of my team are off with stress.",
    "It has to be Wi-Fi that works in the ward. Nothing ever cahnges though.",
    (
        "One change? Joined-up working between the hospital, social care and housing. Nobody "
        "owns the discharge so everyone chases everyone."
    ),
    "A proper team meeting once a month.",
    (
        "Being told about changes before they happen. We found out about the restructure on "
        "social media. Then we could do the job we came into it for."
    ),
    (
        "For me it would be a proper team meeting once a month. We found out about the "
        "restructure on social media. Also safe staffing levels. Otherwise people will keep "
        "leaving."
    ),
    "It's a hard job. One change? Proper wellbeing support. I am doing the work of 2 people.",
    (
        "Keeping the same worker with the same people. Cases get passed around and nobody "
        "konws the history."
    ),
    (
        "Simple: more staff. Last Thursday there were 3 of us for the whole of ED. Nothing "
        "ever changes though"
    ),
    (
        "A manageable workload. Most shifts I don't sit down for a couple of hours and I go "
        "home exhausted. Also less paperwork and more time with patients. Then we could do "
        "the job we came into it for"
    ),
    (
        "better handovers. we found out about the restructure on social media. nothing ever "
        "changes though."
    ),
    (
        "It's a hard job. A proper team meeting once a month. Changes come out by email on "
        "the day with no explanation."
    ),
    "Simple: clearing the backlog. People wait months for an assessment and end up in crisis.",
    (
        "For me it would be a proper team meeting once a month. Senior managers never come "
        "down to the ward. We say this every survey"
    ),
    "Faster assessments. People wait months for an assessment and end up in crisis.",
    "Simple: pay that refletcs the job.",
    (
        "Without a doubt filling the vacancies. Last Monday there were 3 of us for the whole "
        "of theatres. Then we could do the job we came into it for."
    ),
    "Laptops that actually work. The EPR crashes most afternoons and we lose work.",
    (
        "Faster care packages so patients aren't stuck waiting for discharge. Patients are "
        "stuck waiting for packages of care and everyone blames everyone else."
    ),
    "Free staff parking. The staff car park is a 15 minute walk away and not safe at night.",
    (
        "I've worked in AMU for 20 years. One change? Safe staffing levels. Agency staff "
        "don't know the patients or the routine."
    ),
    "An end to the blame culture. Also Wi-Fi that works in AMU.",
    "I love my team. Without a doubt managers who actually listen.",
    "One change? Wi-Fi that works in the ward. Otherwise people will keep leaving.",
    (
        "Somewhere to heat food and take a proper break. The canteen shuts at 7pm and nights "
        "live on vending machine crisps."
    ),
    (
        "It's a hard job. Without a doubt somewhere to park near work. The staff car park is "
        "a 15 minute walk away and not safe at night. Otherwise people will keep leaving."
    ),
    (
        "It has to be somewhere to heat food and take a proper break. The canteen shuts at "
        "7pm and nights live on vending machine crisps. We say this every survey."
    ),
    "Simple: a single referral form for all partners.",
    "I love my team. Less reliance on agency staff. We say this every survey.",
    (
        "For me it would be funding for courses. I have been one of the band 6s for years "
        "with no way up."
    ),
    (
        "for me it would be face to face training instead of e-learning. mandatory training "
        "gets done at home in our own time."
    ),
    "Good place to work overall. Laptops that actually work.",
    (
        "Part time, 2 days a week. Definitely one login instead of 6. We still write things "
        "on paper and type them up again later."
    ),
    "An end to the blame culture. Racist comments from the public get brushed off.",
    (
        "Definietly protected time for training. Mandatory training gets done at home in our "
        "own time. It's not rocket science."
    ),
    (
        "good place to work overall. without a doubt hot food for night staff. the canteen "
        "shuts at 7pm and nights live on vending machine crisps. also zero tolerance of abuse "
        "towards staff. it's not rocket science"
    ),
    (
        "It has to be filling the vacancies. Agecny staff don't know the patients or the "
        "routine. Nothing ever changes though."
    ),
    "Really helpful stfaf who made me feel at ease. Many thanks",
    "Rang on Satruday morning. Easy to park and good disabled access. Well done all.",
    "The receptionist explained everything clearly and checked I understood.",
    (
        "Saw the GP about my back. The call-back system maens no sitting on hold for ages. "
        "Got through on the phone at 8am first try."
    ),
    "Easy to book and a text reminder the day before. Thank you.",
    "Referral to the hospital went through quickly, letter came in a week. Well done all.",
    "Got a text with the results and what they meant. Many thanks.",
    "Really professional staff who made me feel at ease. Well done all.",
    (
        "The online booking is easy, booked a blood test in two minutes. Got through on the "
        "phone at 8am first try. Thank you."
    ),
    (
        "Got through on the phone at 8am first try. Couldn't fault it. However told different "
        "things by different people. Too much jargon, came away not understanding what was "
        "going on."
    ),
    (
        "Really lovely staff who made me feel at ease. Everyone we met, from the front desk "
        "onwards, treated me with dignity and respect. Well done all."
    ),
    (
        "I went in for a blood test. Referral to the hospital went through quickly, letter "
        "came in 5 days"
    ),
    "Kept informed at every stage, always knew what was happening next. 10/10",
    (
        "The GP had the hospital discharge letter the next day and followed up. Referral to "
        "the hospital went through quickly, letter came in two days. Really appreciated."
    ),
    "The GP was kind and took time to listen. Many thanks.",
    (
        "Needed an apointment for my nan's chest. Very clean and tidy, you could see the "
        "cleaners working all day. Keep up the good work"
    ),
    (
        "Asthma review with the practice nurse. Clear explanation of what happens next, in "
        "plain English"
    ),
    ("I had a smear test last week. Easy to book and a text reminder the day before. Many thanks"),
    "the call-back system means no sitting on hold for ages. really appreciated.",
    (
        "Rang on Thursday morning. Repeat prescription ready at the pharmacy within two days "
        "of ordering on the app."
    ),
    "The GP had the hospital discharge letter the next day and followed up.",
    "Got through on the phone at 8am first try. 10/10",
    (
        "Asthma review with the practice nurse. Signs were clear and it was easy to find the "
        "waiting room. Keep up the good work."
    ),
    "GP rang back when she said she would and explained the results.",
    "I had a smear test last week. Didn't have to wait long at all, seen within half an hour",
    (
        "Needed an appointment for my daughter's chest. Seeing the same person each time "
        "means not having to repeat everything. Thank you so much"
    ),
    "I went in for a blood test. They actually listened to me and didn't rush.",
    "Plenty of staff around, never felt rushed. Well done all.",
    (
        "Rang on Wednesday morning. Step-free access and a ramp at the surgery door, no "
        "problems with my wheelchair."
    ),
    "Step-free access and a ramp at the surgery door, no problems with my wheelchair.",
    (
        "The GP had the hospital discharge letter the next day and followed up. Referral to "
        "the hospital went through quickly, letter came in a week."
    ),
    (
        "The practice pharmacist reviewed my tablets and sorted out the side effects. Repeat "
        "prescription ready at the pharmacy within two days of ordering on the app."
    ),
    "Everyone we met, from the receptionist onwards, treated Mum with dignity and respect.",
    "Rang about my medication on Friday. The doctors were so kind and attentive. Many thanks",
    "Really kind satff who made me feel at ease.",
    "The practice nurses went above and beyond, nothing was too much trouble.",
    "Repeat prescription ready at the pharmacy within two days of ordering on the app.",
    (
        "Step-free access and a ramp at the surgery door, no problems with my nan's "
        "wheelchair. Couldn't fault it."
    ),
    "Everywhere was spotless. Thank you so much.",
    (
        "Referral to the hospital went through quickly, letter came in a week. The GP had the "
        "hospital discharge letter the next day and followed up."
    ),
    "Blood results came back quickly, no wating around for a call. Keep up the good work.",
    (
        "I had a smear test last week. Kept informed at every stage, always knew what was "
        "happening next. GP rang back when she said she would and explained the results. Many "
        "thanks."
    ),
    "The online booking is easy, booked a blood test in two minutes. Thank you.",
    (
        "Seeing the same person each time means not having to repeat everything. Really "
        "appreciated. Shame that parking is a nightmare. Not good enough."
    ),
    (
        "The practice pharmacist reviewed my tablets and sorted out the side effects. "
        "Couldn't fault it."
    ),
    (
        "Rang about Mum's medication on Saturday. Repeat prescription ready at the pharmacy "
        "within two days of ordering on the app. Many thanks."
    ),
    (
        "I had a smear test last week. Phone lines are impossible, rang seven times and gave "
        "up. Told to ring back at 8am tomorrow, again."
    ),
    (
        "Asthma review with the practice nurse. Told to ring back at 8am tomorrow, again. "
        "Please sort it out."
    ),
    (
        "one of the care navigators was rude and made me feel like a nuisance. some staff "
        "were lovely but the paramedic at the surgery was really short with me."
    ),
    (
        "I had a smear test last week. Some staff were lovely but the pharmacist was abrupt. "
        "One of the practice nurse's was dismissive and made me feel like a nuisance. Please "
        "sort it out."
    ),
    "Phone lines are impossible, rang 6 times and gave up.",
    "Takes 3 days to get a repeat prescription signed.",
    "Told to ring back at 8am tomorrow, again. Shocking.",
    "Rang about my medication on Saturday. Nobody told us anything. Very stressful",
    "prescrpition sent to the wrong chemist twice.",
    "i had a smear test last week. can't get an appointment for two weeks. not good enough",
    "The receptionest was quite cold and wanted to know all my business at the desk. Shocking.",
    (
        "Rang at 8am, number 12 in the queue, then all the appointments were gone. Can't get "
        "an appointment for ten days. Not good enough."
    ),
    "Sat in the waiting room for an hour past the appointment time.",
    (
        "Needed an appointment for my chest. Repeat prescription request lost again and I ran "
        "out of inhalers."
    ),
    "Rang about my medication on Thursday. The referral got lost and we had to start again.",
    "Asthma review with the practice nurse. Had to tell my story to four different people.",
    "the online booking never has any appointments available. please sort it out.",
    (
        "Clearly not enough GPs for the number of patients. Not enough staff, and it shows. "
        "Really disappointing."
    ),
    (
        "Waited in all day for a call back from the GP that never came. Waited 5 days for "
        "blood test results and had to chase them. Not good enough."
    ),
    "Told to ring back at 8am tomorrow, again. Really disappointing.",
    (
        "Told to ring back at 8am tomorrow, again. Rang at 8am, number 24 in the queue, then "
        "all the appointments were gone. Not good enough."
    ),
    (
        "Saw the GP about my daughter's back. Phone lines are impossible, rang four times and "
        "gave up."
    ),
    "Had to tell my story to five different people. Something needs to change.",
    (
        "Rang about my medication on Friday. The online booking never has any appointments "
        "available. Please sort it out."
    ),
    (
        "Repeat prescription request lost again and I ran out of inhalers. Prescription sent "
        "to the wrong chemist twice. Really disappointing. My email is "
        "fatima.roberts@example.org if somenoe could get back to me."
    ),
    "Waited a fortnight for a routine appointment.",
    "Had to tell my story to seven different people. Please sort it out.",
    "Had to tell my story to 6 different people.",
    "The care navigators are clearly short staffed and run off their feet. Please sort it out.",
    "Had to tell my partner's story to five different people. Something needs to change.",
    (
        "The hospital said the GP would follow up and the GP said it was the hospital's job. "
        "Really disappointing."
    ),
    "Different person every time",
    "Takes two weeks to get a repeat prescription signed. This isn't acceptable.",
    "Repeat prescription request lost again and I ran out of inhalers. Very stressful.",
    (
        "Saw the GP about my back. The receptionist was dismissive and wanted to know all my "
        "business at the desk."
    ),
    "Had to tell my story to three different people. This isn't acceptable",
    "Takes eight days to get a repeat prescription signed.",
    "The waiting room toilet was filthy. This isn't acceptable.",
    (
        "Repeat prescription request lost again and my nan ran out of inhalers. This isn't "
        "acceptable."
    ),
    "Had to tell Mum's story to four different people.",
    "Never see the same GP twice, have to explain everything again. Really disappointing.",
    (
        "I went in for a blood test. The doctors are clearly short staffed and run off their "
        "feet. Lots of agency staff who didn't know me or the routine."
    ),
    "Asthma review with the practice nurse. Clearly not enough GPs for the number of patients.",
    (
        "I went in for a blood test. The nurses are clearly short staffed and run off there "
        "feet. Really disappointing."
    ),
    "Rang on Friday morning. Takes a week to get a repeat prescription signed. Shocking.",
    (
        "Rang about my medication on Friday. Takes 5 days to get a repeat prescription "
        "signed. Repeat prescription request lost again and I ran out of inhalers. This isn't "
        "acceptable"
    ),
    "Waited an hour past the appointment time.",
    "Never see the same GP twice, have to explain everything again.",
    (
        "Asthma review with the practice nurse. Too much jargon, came away not understanding "
        "what was going on. Please sort it out."
    ),
    "The online booking never has any appointments available. Not good enough.",
    "Saw the GP about my back. Lots of agnecy staff who didn't know me or the routine.",
    (
        "protected breaks. the gps are seeing 40 patients a day and it is not sustainable. "
        "also filling the vacancies."
    ),
    "Simple: finishing on time.",
    (
        "Definitely zero tolerance of abuse towards staff. Receptionists get screamed at over "
        "the desk. We say this every survey."
    ),
    "Honestly, discharge letters that arrive before the patient does",
    "Free staff parking. Paying £5.20 a day to come to work is a joke.",
    (
        "Filling the vacancies. We lost 6 people this year and replaced one. Nothing ever "
        "changes though."
    ),
    (
        "An end to the blame culture. People are scared to raise concerns in case it comes "
        "back on them"
    ),
    "Speaking as one of the care navigators. One change? Proper wellbeing support.",
    (
        "Definitely finishing on time. The wellbeing offer is a link to an app, that isn't "
        "support. Also protected time for training. Then we could do the job we came into it "
        "for."
    ),
    (
        "honestly, wi-fi that works in reception. i log into 6 different systems to see one "
        "person's record. it's not rocket science."
    ),
    (
        "one change? faster assessments. waiting lists are nearly a year and growing. nothing "
        "ever changes though."
    ),
    (
        "Simple: faster assessments. People are waiting far too long and we see them "
        "deteriorate. Then we could do the job we came into it for."
    ),
    "One change? Clear career progression. Nothing ever changes though.",
    (
        "Without a doubt a proper induction. New starters are thrown in at the deep end. Then "
        "we could do the job we came into it for."
    ),
    (
        "I love my team. Without a doubt clear career progression. Mandatory training gets "
        "done at home in our own time."
    ),
    (
        "For me it would be a proper induction. The last face to face course I went on was "
        "before Covid."
    ),
    "A thank you from senior managers now and then.",
    (
        "It's a hard job. One change? Pay that reflects the job. Agency staff get paid more "
        "than us for the same shift. Then we could do the job we came into it for."
    ),
    (
        "For me it would be funding for courses. I have asked for mental health first aid in "
        "my appraisal two years running. Also proper wellbeing support. Otherwise people will "
        "keep leaving."
    ),
    "One change? A booking system that gives people real appointment slots.",
    "Free staff parking. The staff car park is a 15 mniute walk away and not safe at night.",
    "The team is great but morale is low. Definitely finishing on time.",
    (
        "Part time, 3 days a week. Without a doubt laptops that actually work. We still write "
        "things on paper and type them up again later. Otherwise people will keep leaving."
    ),
    (
        "It has to be being treated with respect by senior managers. We get sworn at most "
        "days and nothing happens."
    ),
    "For me it would be an end to the blame culture.",
    (
        "For me it would be funding for courses. I have been one of the receptionists for "
        "years with no way up. We say this every survey"
    ),
    "Stop the bullying. Email me at siobhan.evans@example.com.",
    (
        "Without a doubt a manageable workload. Three of my team are off with stress. Then we "
        "could do the job we came into it for."
    ),
    "it has to be less paperwork and more time with our patients.",
    "Simple: better handovers. Senior managers never come down to reception.",
    (
        "Wi-Fi that works in the dispensary. We still write things on paper and type them up "
        "again later. We say this every survey."
    ),
    (
        "Being treated with respect by senior managers. We get sworn at most days and nothing "
        "happens."
    ),
    (
        "Better handovers. Changes come out by email on the day with no explanation. "
        "Otherwise people will keep leaving."
    ),
    "Speaking as one of the practice nurses. For me it would be clear career progression.",
    (
        "Less paperwork and more time with patients. The wellbeing offer is a link to an app, "
        "that isn't support. Then we could do the job we came into it for."
    ),
    "A proper induction. New starters are thrown in at the deep end. It's not rocket science.",
    (
        "Recognition for the work we do. Bills have gone up and pay hasn't. Also pay that "
        "reflects the job. My manager Grace has been really supportive."
    ),
    (
        "Speaking as one of the HCAs. More appointments released online. Also a proper team "
        "meeting once a month. It's not rocket science"
    ),
    (
        "One change? Named GP lists. People get upset when a stranger turns up. We say this "
        "every survey."
    ),
    (
        "Good place to work overall. Simple: somewhere to park near work. The district nurses "
        "get tickets outside patients' homes. Also an end to the blame culture."
    ),
    "A pharmacy technician to handle repeat prescriptions. It's not rocket science",
    (
        "The team is great but morale is low. An end to the blame culture. People are scared "
        "to raise concerns in case it comes back on them. Nothing ever changes though."
    ),
    "Honestly, a pharmacy technician to handle repeat prescriptions.",
    (
        "Definitely joined-up working between the hospital, social care and housing. Last "
        "month someone waited two days for a package of care"
    ),
    "Without a doubt a single referral form for all partners. We say this every survey.",
    (
        "A decent pay rise. A card at Christmas from the chief exec is not recognition. Also "
        "an end to the blame culture."
    ),
    "Finishing on time. The wellbeing offer is a link to an app, that isn't support.",
    (
        "One change? Face to face training instead of e-learning. Mandatory training gets "
        "done at home in our own time."
    ),
    (
        "I work nights. Definitely being told about changes before they happen. We found out "
        "about the restructure on social media. It's not rocket science."
    ),
    "Without a doubt a decent pay rise. Nobody notices when we go the extra mile.",
    (
        "Definitely more staff. We are four down on the rota and it is the same people "
        "covering every gap. It's not rocket science."
    ),
    (
        "Less paperwork and more time with patients. The wellbeing offer is a link to an app, "
        "that isn't support."
    ),
    "Easy to book and a text reminder the day before. Really appreciated.",
    (
        "My husband started at the day centre last year. Seeing the same person each time "
        "means not having to repeat everything. My husband's carers have been the same for "
        "months and they know the routine"
    ),
    "Didn't have to wait long at all, seen within under an hour.",
    (
        "Plenty of staff around, never felt rushed. Even though they were clearly busy, the "
        "care workers never made me feel rushed. Keep up the good work."
    ),
    (
        "My care package started last month. Even though they were celarly busy, the staff at "
        "the home never made me feel rushed. Many thanks."
    ),
    "the carers make proper meals, not just something in the microwave.",
    "The manager at the home was ok",
    (
        "My carers come three times a day. Always two carers for the hoist, never a wait for "
        "the second one. Well done all."
    ),
    (
        "The carers arrive on time nearly every visit, never more than under an hour out. "
        "Social worker came out quickly, within a fortnight of us ringing. Keep up the good "
        "work."
    ),
    "Didn't have to wait long at all, seen within about 20 minutes. Couldn't fault it.",
    ("The social worker explained everything clearly and checked my nan understood. Many thanks."),
    "Clear explanation of what happens next, in palin English. Couldn't fault it",
    (
        "My nan's carers come three times a day. Even though they were clearly busy, the "
        "reablement team never made my nan feel rushed. The carers stay the full time and "
        "never rush my nan. Many thanks."
    ),
    (
        "My partner started at the day centre back in June. The new carer explained "
        "everything clearly and checked my partner understood. 10/10"
    ),
    (
        "Easy to book and a text reminder the day before. Only downside: carers don't always "
        "wash their hands or wear gloves."
    ),
    (
        "I moved into the care home a few weeks ago. My carers have been the same for months "
        "and they know the routine. Thank you so much."
    ),
    (
        "fatima, one of the carers, is wonderful with me. i moved into the care home a few "
        "weeks ago. seeing the same person each time means not having to repeat everything. "
        "my carers have been the same for months and they know the routine"
    ),
    (
        "Reablement team came the day after my daughter got home from hospital, it was "
        "seamless. The hospital, the carers and the GP all seemed to talk to each other for "
        "once."
    ),
    (
        "The carers make proper meals, not just something in the microwave. The cook at the "
        "home knows exactly how my tea should be made."
    ),
    "The hospital, the carers and the GP all seemed to talk to each other for once.",
    (
        "I moved into the care home recently. Seeing the same person each time means not "
        "having to repeat everything"
    ),
    "the hospital, the carers and the gp all seemed to talk to each other for once. 10/10",
    (
        "Mum came out of hospital a few weeks ago. Plenty of staff around, never felt rushed. "
        "Keep up the good work."
    ),
    "Everywhere was spotless. Really appreciated.",
    (
        "My carers have been the same for months and they know the routine. Seeing the same "
        "person each time means not having to repeat everything. The one thing I'd say: some "
        "staff were lovely but the new carer was rude. One of the home care team was quite "
        "cold and made me feel like a nuisance. Please sort it out."
    ),
    (
        "Seeing the same person each time means not having to repeat everything. Keep up the "
        "good work."
    ),
    (
        "I started at the day centre last month. The social worker explained everything "
        "clearly and checked I understood. Thank you so much."
    ),
    (
        "Social worker came out quickly, within 5 days of us ringing. Hradly any wait, which "
        "made a big difference. Keep up the good work."
    ),
    (
        "The cook at the home knows exactly how my tea should be made. The carers make proper "
        "meals, not just something in the microwave."
    ),
    (
        "Mum came out of hospital last month. Even though they were clearly busy, the staff "
        "at the home never made Mum feel rushed. Thank you."
    ),
    (
        "No waiting around, the assessment happened within 5 days. Morning call is always on "
        "time so breakfast and tablets are never late. Couldn't fault it."
    ),
    (
        "Everyone we met, from the office onwards, treated my son with dignity and respect. "
        "Many thanks."
    ),
    "Really professional staff who made my nan feel at ease. Thank you so much",
    (
        "Even though they were clearly busy, the night staff never made my nan feel rushed. "
        "The carers stay the full time and never rush my nan."
    ),
    "Didn't have to wait long at all, seen witihn half an hour.",
    "My care package started recently. Lovely cup of tea as soon as we arrived.",
    (
        "i mvoed into the care home a few weeks ago. reablement team came the day after i got "
        "home from hospital, it was seamless. many thanks."
    ),
    (
        "They actually listened to me and didn't rush. The office always ring if the carer is "
        "running late."
    ),
    (
        "The carers make proper meals, not just something in the microwave. The cook at the "
        "home knows exaclty how my tea should be made."
    ),
    "Seeing the same person each time means not having to repeat everything. Couldn't fault it",
    (
        "My son came out of hospital a few weeks ago. Always two carers for the hoist, never "
        "a wait for the second one. Even though they were clearly busy, the home care team "
        "never made my son feel rushed."
    ),
    (
        "The hospital, the carers and the GP all seemed to talk to each other for once. "
        "Reablement team came the day after I got home from hospital, it was seamless. Many "
        "thanks."
    ),
    (
        "Seeing the same person each time means not having to repeat everything. Only "
        "downside: was made to feel stupid for asking."
    ),
    "The home care team treat my son like family, always a laugh and a chat. Thank you.",
    (
        "Even though they were clearly busy, the day centre staff never made me feel rushed. "
        "Couldn't fault it. The one thing I'd say: we had no say over visit times, bedtime "
        "call at 7pm is far too early. Very stressful."
    ),
    (
        "My care package started last year. Social worker came out quickly, within a week of "
        "us ringing. Thank you so much."
    ),
    (
        "Plenty of staff around, never felt rushed. Only downside: different carer nearly "
        "every day, never know who is coming. Had to tell my nan's story to seven different "
        "people. Something needs to change."
    ),
    "Very clean and tidy, you could see the clenaers working all day. Many thanks.",
    (
        "They actually listened to my wife and didn't rush. Clear explanation of what happens "
        "next, in plain English. Keep up the good work"
    ),
    (
        "I came out of hospital back in March. Morning call is always on time so breakfast "
        "and tablets are never late. No waiting around, the assessment happened within ten "
        "days. Many thanks."
    ),
    (
        "My nan's carers come 3 times a day. Everyone we met, from the duty social worker "
        "onwards, treated my nan with dignity and respect."
    ),
    "Plenty of staff around, never felt rushed. 10/10",
    "Reablement team came the day after my husband got home from hospital, it was seamless.",
    (
        "My carers come 2 times a day. The carers arrive on time nearly every visit, never "
        "more than 40 minutes out. Couldn't fault it."
    ),
    (
        "Mum started at the day centre last month. Seeing the same person each time means not "
        "having to repeat everything. Mum's carers have been the same for months and they "
        "know the routine. Thank you so much."
    ),
    "commode left unemptied from the morning visit. not good enough.",
    "A copy of the rota each week would help.",
    "Some staff were lovely but the manager at the home was quite cold. Shocking.",
    "Had to tell my son's story to seven different people.",
    (
        "I came out of hospital last month. The reablement team are clearly short staffed and "
        "run off their feet"
    ),
    (
        "I started at the day centre last month. Carers don't always wash their hands or wear "
        "gloves. Not good enough"
    ),
    (
        "Staff talked over Mum as if Mum wasn't there. Some staff were lovely but the main "
        "carer was rude. Please sort it out."
    ),
    "Different carers all the time",
    "Nothing, keep doing what you're diong",
    (
        "The carers are often nearly two hours late, I was left waiting for tablets again. "
        "Something needs to change."
    ),
    "The carers are often 40 minutes late, my wife was left waiting for tablets again.",
    (
        "my daughter's care package started recently. no care package in place when my "
        "daughter was sent home from hospital. shocking."
    ),
    "6 different carers in one week, it is confusing and upsetting for my nan.",
    (
        "My son started at the day centre last month. Told different things by different "
        "people. Too much jargon, came away not understanding what was going on. Very "
        "stressful."
    ),
    (
        "Three different carers in one week, it is confusing and upsetting for my partner. "
        "Not good enough"
    ),
    (
        "The carers are often 45 mins late, my wife was left waiting for tablets again. "
        "Please sort it out."
    ),
    (
        "The office never lets us know when the carer is late or if it's a different carer. "
        "Care plan changed and nobody told the family. Really disappointing"
    ),
    (
        "My nan started at the day centre a few weeks ago. Too much jargon, came away not "
        "undesrtanding what was going on. Felt like nobody was listening to my nan."
    ),
    "Commode left unemptied from the morning visit. Please sort it out.",
    (
        "The office never lets us know when the carer is late or if it's a different carer. "
        "This isn't acceptable."
    ),
    (
        "I moved into the care home in the spring. Four different carers in one week, it is "
        "confusing and upsetting for me. Something needs to change."
    ),
    (
        "My carers come 2 times a day. No care package in place when I was sent home from "
        "hospital. Nobody joined things up between the hospital, social services and the GP."
    ),
    "no care package in place when i was sent home from hospital. really disappointing",
    (
        "i started at the day centre back in november. commode left unmeptied from the "
        "morning visit. this isn't acceptable."
    ),
    (
        "My daughter started at the day centre last month. The night staff are clearly short "
        "staffed and run off their feet. Please sort it out"
    ),
    "Not enough staff, and it shows.",
    "Nboody joined things up between the hospital, social services and the GP. Shocking.",
    (
        "I started at the day centre back in November. Some staff were lovely but the new "
        "carer was condescending. Very stressful."
    ),
    (
        "I moved into the care home in the spring. One carer is on her phone the whole visit "
        "and barely speaks to me. Shocking."
    ),
    (
        "waited nearly two hours past the appointment time. we waited eight days for the care "
        "package to start. not good enough."
    ),
    "We had no say over visit times, bedtime call at 7pm is far too early. Not good enough.",
    "Care plan changed and nobody told the family.",
    "Too much jargon, came away not understanding what was going on.",
    (
        "Nobody joined things up between the hospital, social services and the GP. No care "
        "package in place when my wife was sent home from hospital. This isn't acceptable"
    ),
    "Nobody told us anything. Something needs to change.",
    (
        "One of the staff at the home was dismissive and made my daughter feel like a "
        "nuisance. Please sort it out"
    ),
    "Just keep diong what you're doing",
    (
        "I moved into the care home back in March. We waited a week for the care package to "
        "start. Not good enough"
    ),
    "We had no say over visit times, bedtime call at 7pm is far too early. Shocking.",
    (
        "Definitely being told about changes before they happen. Nobody asks the frontline "
        "before making decisions."
    ),
    "Without a doubt free staff parking",
    (
        "Been here 2 years. Definitely parking permits for community carers. The staff car "
        "park is a 15 minute walk away and not safe at night."
    ),
    (
        "Keeping the same worker with the same people. People have had three different "
        "workers in a month."
    ),
    (
        "Been here three years. A mileage rate that covers petrol. Bills have gone up and pay "
        "hasn't."
    ),
    "speaking as one of the night carers. one change? recognition for the work we do",
    "A thank you from senior managers now and then. Otherwise people will keep leaving.",
    "A single referral form for all partners. Nothing ever changes though.",
    "Been here 3 years. Being paid for travel time.",
    "Simple: less reliance on agency staff. Nothing ever changes though",
    (
        "Without a doubt a manageable workload. Most shifts I don't sit down for 90 minutes "
        "and I go home exhausted."
    ),
    "simple: a manageable workload.",
    "Free staff parking. We say this every survey.",
    (
        "It has to be a proper team meeting once a month. Important information gets lost "
        "between shifts."
    ),
    (
        "For me it would be Wi-Fi that works in the reablement team. Rotas come through by "
        "text at midnight. Nothing ever changes though"
    ),
    (
        "been here 2 years. laptops that actually work. we still write things on paper and "
        "type them up again later. otherwise people will keep leaving."
    ),
    (
        "Simple: proper notice from the hospital before discharge. I spend hours chasing "
        "other services on the phone. Otherwise people will keep leaving."
    ),
    "Definitely pay that reflects the job. Nothing ever changes though.",
    (
        "Honestly, rotas that let the same carers visit the same clients. Also a single "
        "referral form for all partners. Then we could do the job we came into it for."
    ),
    "Definitely safe staffing levels.",
    (
        "For me it would be finishing on time. I haven't had a full lunch break since April. "
        "Also a decent pay rise."
    ),
    (
        "It's a hard job. Simple: somewhere to heat food and take a proper break. Carers eat "
        "in the car between calls, if they eat at all. Then we could do the job we came into "
        "it for."
    ),
    (
        "Being paid for travel time. A card at Christmas from the chief exec is not "
        "recognition. Nothing ever changes though."
    ),
    "Somewhere to heat food and take a proper break.",
    "Less paperwork and more time with residents. I haven't had a full lunch break since June.",
    (
        "I love my team. One change? Clearing the backlog. Waiting lists are over a year and "
        "growing. We say this every survey"
    ),
    (
        "Speaking as one of the night carers. A proper induction. I have asked for a "
        "leadership course in my appraisal 3 years running."
    ),
    (
        "I've worked in the reablement team for over 10 years. It has to be face to face "
        "training instead of e-learning. Otherwise people will keep leaving."
    ),
    (
        "It has to be joined-up working between the hospital, socail care and housing. I "
        "spend hours chasing other services on the phone. Otherwise people will keep leaving."
    ),
    (
        "Rotas that let the same carers visit the same clients. People have had five "
        "different workers in a month. It's not rocket science."
    ),
    (
        "I've worked in the office for 20 years. One change? Recognition for the work we do. "
        "A card at Christmas from the chief exec is not recognition."
    ),
    (
        "Been here 2 years. Somewhere to park near work. I get parking tickets while I'm "
        "doing a visit. It's not rocket science."
    ),
    (
        "Honestly, being treated with respect by seinor managers. Racist comments from the "
        "public get brushed off. Also fixing the rostering system."
    ),
    (
        "Realistic travel time between calls. The wellbeing offer is a link to an app, that "
        "isn't support. Then we could do the job we came into it for."
    ),
    "Being paid for travel time. Agency staff get paid more than us for the same shift.",
    (
        "Been here two years. Definitely a proper induction. Mandatory training gets done at "
        "home in our own time."
    ),
    ("The team is great but morale is low. Finishing on time. Otherwise people will keep leaving."),
    (
        "Managers who actually listen. Important information gets lost between shifts. "
        "Otherwise people will keep leaving."
    ),
    (
        "I love my team. Honestly, filling the vacancies. The carers are rushing from call to "
        "call and the clients notice"
    ),
    "Been here three years. It has to be free staff parking.",
    "Honestly, joined-up working between the hospital, social care and housing.",
    (
        "Definitely zero tolerance of abuse towards staff. Racist comments from the public "
        "get brushed off."
    ),
    (
        "Part time, three days a week. Recognition for the work we do. A card at Christmas "
        "from the chief exec is not recognition."
    ),
    (
        "Simple: a thank you from senior managers now and then. Agency staff get paid more "
        "than us for the same shift. Otherwise people will keep leaving."
    ),
    (
        "One change? Rotas that let the same carers visit the same clients. Cases get passed "
        "around and nobody knows the history."
    ),
    (
        "I moved into the flat back in January. Easy to book and a text reminder the day "
        "before. Booked the repair online and got a choice of morning or afternoon slot."
    ),
    "My flat is on the 9th floor. Repair done properly first time.",
    "Seeing the same person each time means not having to repeat everything.",
    (
        "Been a tenant for over two years. The extractor fan was replaced within a week and "
        "works perfectly. Couldn't fault it"
    ),
    "Repair done properly first time. Many thanks.",
    (
        "Repair done properly first time. The boiler was replaced within two days and works "
        "perfectly. Really appreciated"
    ),
    "The repairs team went above and beyond, nothing was too much trouble. Many thanks",
    (
        "My flat is on the 9th floor. Booked the repair online and got a choice of morning or "
        "afternoon slot."
    ),
    "Booked the repair online and got a choice of morning or afternoon slot. 10/10",
    "Didn't have to wait long at all for the gas safety check. Well done all.",
    (
        "The operative who fixed the back bedroom window was warm and cleaned up after "
        "himself. 10/10"
    ),
    "enough staff on the phones now, much better than last year.",
    "Repair done properly first time. Really appreciated.",
    (
        "Didn't have to wait long at all, seen within 35 mins. Repair was done quickly, "
        "within ten days of reporting it, which was spot on. Keep up the good work."
    ),
    "New kitchen fitted and it looks great. Keep up the good work.",
    "The operatives went above and beyond, nothing was too much trouble. Many thanks.",
    "Didn't have to wait long at all, seen within 40 minutes. Many thanks.",
    (
        "Everyone we met, from the housing office onwards, treated me with dignity and "
        "respect. Couldn't fault it."
    ),
    "The operative who fixed the front door lock was helpful and cleaned up after himself.",
    ("booked the repair online and got a choice of morning or afternoon slot. really appreciated."),
    "Very clean and tidy, you could see the cleaners working all day. Keep up the good work",
    (
        "Very clean and tidy, you could see the cleaners working all day. The one thing I'd "
        "say: I moved into the flat back in April. The wait was far too long and nobody said "
        "why."
    ),
    "reported a repair on friday. hardly any wait, which made a big difference.",
    "New kitchen fitted and it looks great.",
    "Repair done properly first time. Thank you.",
    (
        "Rang the repairs line on Friday. Grab rails and a level access shower were fitted "
        "before I was discharged. The housing team arranged a ground floor flat so I could "
        "come home from hospital. Many thanks."
    ),
    (
        "been a tenant for over 3 years. repair was done quickly, within 3 days of reporting "
        "it, which was really good. didn't have to wait long at all for the gas safety check."
    ),
    "Good communication Shame that the guttering has been broken for 5 days. Very stressful.",
    "The housing officer was ok",
    "Enough staff on the phones now, much better than last year. Keep up the good work.",
    (
        "My flat is on the 9th floor. The surveyor was caring and cleaned up atfer the job. "
        "Thank you so much."
    ),
    "repair was done quickly, within two days of reporting it, which was spot on. thank you.",
    "Didn't have to wait long at all for the gas safety check.",
    (
        "Easy to park and good disabled access. The lift was fixed quickly and the new ramp "
        "makes getting in and out easy. Well done all."
    ),
    "Special thanks to Mr Singh. Very little",
    (
        "My flat is on the 9th floor. Repair was done quickly, within eight days of reporting "
        "it, which was great. Thank you so much."
    ),
    "Hardly any wait, which made a big difference.",
    "My flat is on the 9th floor. New kitchen fitted and it looks great.",
    "Booked the repair online and got a choice of morning or afternoon slot.",
    "Been a tenant for over 2 years. New kitchen fitted and it looks great. Couldn't fault it.",
    "Treated like a person, not a number. Keep up the good work",
    "Rang the repairs line on Friday. Easy to book and a text reminder the day before.",
    "Reported a repair on Monday. Waited nearly two hours past the apointment time.",
    "Leak from the flat above coming through the ceiling in the baby's room for two months.",
    "Evening appointments for people who work.",
    (
        "My nan's flat is on the 9th floor. Had to tell my nan's story to four different "
        "people. Really disappointing."
    ),
    "not enough staff, and it shows",
    "I moved into the flat last month. Had to tell my story to seven different people.",
    "The stairwell stinks and nobody cleans it.",
    "The repairs line cuts off after 20 minutes on hold.",
    (
        "Black mould in the ktichen for over a year and it's affecting the kids' chests. Not "
        "good enough."
    ),
    (
        "Nowhere to park near the flat and I can't walk far. Parking is a nightmare. "
        "Something needs to change."
    ),
    (
        "Windows won't shut, the heating doesn't work and the flat is freezing. Somtehing "
        "needs to change"
    ),
    (
        "My flat is on the 9th floor. No ramp to the front door even though they know about "
        "the wheelchair."
    ),
    "Rubbish left in the bin store for weeks, now there are rats. Very stressful.",
    (
        "The repairs line cuts off after 20 minutes on hold. Given a morning slot, nobody "
        "came and nobody rang. This isn't acceptable."
    ),
    "Windows won't shut, the heating doesn't work and the flat is freezing.",
    (
        "Not kept informed, had to chase for every update. Nobody explained why the repair "
        "was cancelled. Shocking."
    ),
    (
        "Reported a repair on Sunday. Waited in all day for a contractor who never turned up. "
        "Very stressful."
    ),
    ("My partner moved into the flat a few weeks ago. The stairwell stinks and nobody cleans it."),
    "Felt like nobody was listening to my nan. Noobdy told us anything. Not good enough.",
    (
        "Rang the repairs line on Thursday. Contractor came, said it was a job for a "
        "different trdae and left. Something needs to change."
    ),
    (
        "rang the repairs line on saturday. tenancy officer has changed three times this "
        "year, nobody knows the history. shocking."
    ),
    (
        "The operative was realy short with me and left a mess everywhere. Some staff were "
        "lovely but the plumber was really short with me. Something needs to change"
    ),
    "rubbish left in the bin store for weeks, now tehre are rats.",
    (
        "My flat is on the 9th floor. Not enough staff in the call centre, you can tell. The "
        "customer service team are clearly short staffed and run off their feet. Shocking."
    ),
    (
        "Rang the repairs line on Tuesday. Contractor came, said it was a job for a different "
        "trade and left. Something needs to change."
    ),
    (
        "Reported a repair on Wednesday. Given a morning slot, nobody came and nobody rang. "
        "The repairs line cuts off after 20 minutes on hold."
    ),
    "Too much jargon, came away not understanding what was going on. Nobody told us anything.",
    (
        "My flat is on the 9th floor. The repairs line cuts off after 20 minutes on hold. "
        "Very stressful."
    ),
    (
        "Some staff were lovely but the estate officer was really short with me. Was made to "
        "feel stupid for asking."
    ),
    (
        "Leak from the flat above coming through the ceiling in the baby's room for 4 months. "
        "Something needs to change."
    ),
    "The front door lock has been broken for two weeks. Not good enough.",
    "Please ring me on 0113 496 0461.",
    "Was made to feel stupid for asking. Not good enough.",
    (
        "I moved into the flat last year. Waietd six weeks for a repair to the kitchen tap. "
        "Something needs to change."
    ),
    (
        "Tenancy officer has changed three times this year, nobody knows the history. Had to "
        "tell my story to three different people. Very stressful."
    ),
    (
        "Rang the repairs line on Monday. Reported damp and mould three times and they just "
        "paint over it"
    ),
    (
        "Leak from the flat above coming through the ceiling in the living room for eighteen "
        "months. Not good enough."
    ),
    (
        "Given a morning slot, nobody came and nobody rang. Something needs to change. My "
        "email is gareth.williams@example.org if someone could get back to me."
    ),
    "The contact centre was rude when I asked a simple question.",
    (
        "Too much jargon, came away not understanding what was going on. My email is "
        "james.singh@example.org if someone could get back to me."
    ),
    "Contractor came, said it was a job for a different trade and left. Please sort it out.",
    "Was made to feel stuipd for asking. Staff talked over me as if I wasn't there.",
    "The wait was far too long and nobody said why.",
    (
        "Leak from the flat above coming through the ceiling in the bathroom for two months. "
        "Something needs to change."
    ),
    (
        "I moved into the flat recently. One of the caretakers was quite cold and made me "
        "feel like a nuisance. Please sort it out."
    ),
    (
        "Tenancy officer has changed three times this year, nobody knows the history. Had to "
        "tell my story to seven different people. Please sort it out."
    ),
    (
        "Reported a repair on Saturday. Too much jargon, came away not understanding what was "
        "going on. Please sort it out."
    ),
    "Had to tell my story to four different people. This isn't acceptable.",
    (
        "One of the caretakers was quite cold and made me feel like a nuisance. The housing "
        "office was off-hand when I asked a simple question. Not good enough."
    ),
    "Reported a repair on Tuesday. Nobody explaind why the repair was cancelled",
    (
        "Rang the repairs line on Thursday. Rubbish left in the bin store for weeks, now "
        "there are rats. The stairwell stinks and nobody cleans it."
    ),
    ("Reported damp and mould five times and they just paint over it. Something needs to change."),
    (
        "Contractors who turn up when booked. Tenants take it out on us when contractors "
        "don't show. We say this every survey"
    ),
    "I work nights. One change? A thank you from senior managers now and then.",
    (
        "Honestly, laptops that actually work. The whole of the area office shares one "
        "printer that jams. We say this every survey."
    ),
    (
        "Honestly, a booking system that gives people real appointment slots. The phone queue "
        "is 47 deep by 8.05."
    ),
    (
        "For me it would be zero tolerance of abuse towards staff. People are scared to raise "
        "concerns in case it comes back on them. Nothing ever changes though."
    ),
    (
        "One change? Keeping the same worker with the same people. People have had four "
        "different workers in a month."
    ),
    "One change? Regular clenaing of communal areas. Cleaning hours were cut and it shows.",
    (
        "The team is great but morale is low. Honestly, a proper budget for damp and mould. "
        "We keep patching mould instead of fixing the ventilation. Otherwise people will keep "
        "leaving."
    ),
    (
        "I love my team. For me it would be joined-up working between the hospital, social "
        "care and housing"
    ),
    "Definitely a proper team meeitng once a month.",
    "For me it would be a booking system that gives people real appointment slots.",
    "More cleaning staff. We say this every survey.",
    "It has to be Wi-Fi that wokrs in the contact centre. Nothing ever changes though.",
    "Being treated with respect by senior managers.",
    (
        "Without a doubt faster assessments. Waiting lists are eighteen months and growing. "
        "Also a proper team meeitng once a month. It's not rocket science. Email me at "
        "bernie.evans@example.org."
    ),
    (
        "Being able to order the right materials first time. We keep patching mould instead "
        "of fixing the ventilation."
    ),
    "Zero tolerance of abuse towards staff. Racist comments from the public get brushed off.",
    (
        "For me it would be a proper budget for damp and mould. We keep patching mould "
        "instead of fixing the ventilation. It's not rocket science."
    ),
    (
        "I work nights. For me it would be a booking system that gives people real apointment "
        "slots. People ring seven times just to get through. It's not rocket science"
    ),
    (
        "i love my team. a dedicated damp and mould team. we keep patching mould instead of "
        "fixing the ventilation."
    ),
    "Been here 3 years. Honestly, less reliance on aegncy staff. It's not rocket science",
    (
        "Without a doubt keeping the same worker with the same people. Cases get passed "
        "around and nobody knows the history. Otherwise people will keep leaving."
    ),
    (
        "Definitely a booking system that gives people real appointment slots. Reception take "
        "abuse at 8.01 every morning when the phones open. We say this every survey."
    ),
    (
        "Being told about changes before they happen. We say this every survey. My manager "
        "Lina has been really supportive."
    ),
    (
        "Keeping the same worker with the same people. People get upset when a stranger turns "
        "up. Then we could do the job we came into it for."
    ),
    (
        "The team is great but morale is low. Honestly, filling the vacancies. We are three "
        "down on the rota and it is the same people covering every gap."
    ),
    "I love my team. Better handovers. Then we could do the job we came into it for.",
    "Less reliance on agency staff.",
    (
        "The team is great but morale is low. One change? Benig treated with respect by "
        "senior managers. We get sworn at most days and nothing happens."
    ),
    (
        "Honestly, fixing the repairs scheduling system. The CRM crashes most afternoons and "
        "we lose work."
    ),
    "A manageable workload. I am doing the work of 3 people.",
    (
        "A decent pay rise. I could earn more stacking shelves at the supermarket. Otherwise "
        "people will keep leaving."
    ),
    (
        "A booking system that gives people real appointment slots. Reception take abuse at "
        "8.01 every morning when the phones open. Also laptops that actually work."
    ),
    (
        "Good place to work overall. Without a doubt a single referral form for all partners. "
        "Otherwise people will keep leaving."
    ),
    "Simple: keeping the same worker with the same people. We say this every survey.",
    (
        "It has to be Wi-Fi that works in the repairs team. I can't see the repairs history "
        "from the housing system. Also contractors who turn up when booked"
    ),
    (
        "One change? Regular cleaning of communal areas. Cleaning hours were cut and it "
        "shows. We say this every survey."
    ),
    (
        "Good place to work overall. Simple: faster assessments. Waiting lists are three "
        "months and growing. Also a single referral form for all partners"
    ),
    (
        "Speaking as one of the housing officers. One change? Wi-Fi that works in the area "
        "office. The whole of the repairs team shares one printer that jams. Also an end to "
        "the blame culture"
    ),
    (
        "Part time, 2 days a week. A realsitic caseload. I am holding nearly 400 tenancies on "
        "my patch. Also a realistic caseload."
    ),
    "Honestly, protected breaks. Also a dedicated damp and molud team.",
    "Definitely managers who actaully listen.",
    (
        "It has to be keeping the same worker with the same people. People have had seven "
        "different workers in a month. Email me at fatima.roberts@example.com."
    ),
    (
        "Without a doubt being told about changes before they happen. Changes come out by "
        "email on the day with no explanation."
    ),
    "Honestly, faster assessments. Waiting lists are nearly a year and growing.",
    (
        "It's a hard job. A proper team meeting once a month. Nobody asks the frontline "
        "before making decisions"
    ),
    (
        "Good place to work overall. It has to be joined-up working between the hospital, "
        "social care and housing. Patients are stuck waiting for packages of care and "
        "everyone blames everyone else."
    ),
    (
        "A booking system that gives people real appointment slots. The phone queue is 48 "
        "deep by 8.05. Otherwise people will keep leaving."
    ),
    (
        "It's a hard job. Definitely somewhere to park near work. The staff car park is a 15 "
        "minute walk away and not safe at night. Also an end to the blame culture."
    ),
    "laptops that actually work. the crm crashes most afternoons and we lose work.",
    (
        "I've worked in the repairs team for five years. Honestly, managers who actually "
        "listen. Changes come out by email on the day with no explanation."
    ),
    "Less paperwork and more time with tenants. Five of my team are off with stress.",
    "The home from hospital volunteers did a shop and settled me in.",
    "The befriender was helpful and took time to listen. Really appreciated",
    (
        "Easy to book and a text reminder the day before. Easy to book onto the group over "
        "the phone. Thank you so much. However rude staff"
    ),
    "Got an appointment with the advice worker quickly, only waited a week.",
    "Glad the lucnh club got its funding renewed, it is my lifeline. Many thanks.",
    "The volunteer driver explained everything clearly and checked I understood.",
    "I came to the avdice session about a PIP form. Amazing what they do on a shoestring",
    "Everyone at the hub were helpful and patient. Really appreciated",
    "Lots of volunteers so there is always someone to talk to. Thank you so much.",
    "Got an appointment with the advice worker quickly, only waited 3 days.",
    "Glad the lunch club got its funding renewed, it is my lifeline.",
    (
        "Mum came to the advice session about a housing problem. Everyone we met, from the "
        "woman on the door onwards, treated Mum with dignity and respect"
    ),
    "Didn't have to wait long at all, seen within 25 mins. Thank you",
    "Glad the lunch club got its funding renewed, it is my lifeline. Thank you.",
    "Same befriender every week, I really looked forward to it. 10/10",
    "Friendly staff But different person every time",
    (
        "I came to the advice session about debt. Signs were clear and it was easy to find "
        "the centre. Keep up the good work."
    ),
    "The advice worker explained the options clearly and signposted me to the right people.",
    (
        "My nan was matched with a befriender last year. Treated like a person, not a number. "
        "Well done all."
    ),
    (
        "They listened and pointed Dad to other services Dad didn't know existed. The "
        "befriender explained everything clearly and checked Dad understood. Thank you."
    ),
    "The lunch club meal is the highlight of my wife's week. Keep up the good work.",
    "I was referred by the GP. Amazing what they do on a shoestring. Keep up the good work",
    "easy to book onto the group over the phone",
    (
        "The advice team are so kind and never judge anyone. The drivers went above and "
        "beyond, nothing was too much trouble. Really appreciated."
    ),
    (
        "Seeing the same person each time means not having to repeat everything. Same "
        "befriender every week, I really looked forward to it."
    ),
    "Seen straight away at the drop-in, no waiting around.",
    (
        "Used the food bank for the first time in the spring. The food was hot and there was "
        "a good choice."
    ),
    (
        "Signs were clear and it was easy to find the lunch club. The minibus pick-up made it "
        "possible for me to get there."
    ),
    "Really so kind staff who made me feel at ease. Thank you.",
    "The lunch club meal is the highlight of my week. Well done all.",
    (
        "I started coming to the lunch club last year. The staff at the centre are caring and "
        "never judge anyone. The lady who runs the group was warm and took time to listen."
    ),
    (
        "Dad was referred by the GP. They listened and pointed Dad to other services Dad "
        "didn't know existed. Really appreciated."
    ),
    (
        "Sarah the befriender has been a lifeline. Used the food bank for the first time back "
        "in March. The home from hospital volunteers did a shop and settled me in. Couldn't "
        "fault it."
    ),
    (
        "I felt welcome from the first day, the volunteers are friendly. Everyone we met, "
        "from the lady on the front desk onwards, treated me with dignity and respect. "
        "Couldn't fault it."
    ),
    (
        "I came to the advice session about a housing problem. The group leaders are "
        "professional and never judge anyone."
    ),
    "Amazing what they do on a shoestring",
    "The food was hot and there was a good choice.",
    (
        "Seeing the same person each time means not having to repeat everything. Well done "
        "all. Shame that the helpline is only open two mornings a week and is always engaged."
    ),
    "Signs were clear and it was easy to find the drop-in. Thank you so much",
    "Signs were clear and it was easy to find the drop-in. Well done all.",
    "Clear explanation of what happens next, in plain English. Well done all.",
    (
        "Everyone at the hub were lovely and cheerful. I felt welcome from the first day, the "
        "volunteers are so kind."
    ),
    "Lots of volunteers so there is always someone to talk to.",
    "Same befriender every week, I really looked forward to it.",
    (
        "The advice worker explained the options clearly and signposted me to the right "
        "people. The advice worker explained everything clearly and checked I understood. "
        "Couldn't fault it."
    ),
    (
        "Used the food bank for the first time back in April. No waiting list, I was matched "
        "with a befriender within 3 days. Thank you so much."
    ),
    "The group leaders were friendly and reassuring.",
    "The home from hospital volunteers did a shop and settled me in. 10/10",
    "Lots of volunteers so three is always someone to talk to.",
    "I was referred by the GP. Really so kind staff who made me feel at ease. Many thanks.",
    "The home from hospital volunteres did a shop and settled me in.",
    "Easy to book onto the group over the phone.",
    "Amazing what they do on a shoestring. Really appreciated.",
    (
        "Used the food bank for the first time in the spring. Same befriender every week, Dad "
        "really looked forward to it. Many thanks."
    ),
    (
        "I came to the advice session about energy bills. Kept informed at every stage, "
        "always knew what was happening next. Clear explanation of what happens next, in "
        "plain English. Well done all."
    ),
    (
        "Came to the drop-in for help with Universal Credit. They listened and pointed me to "
        "other services I didn't know existed"
    ),
    (
        "I started coming to the lunch club recently. The home from hospital volunteers did a "
        "shop and settled me in. Thank you so much."
    ),
    ("Mr Taylor explained everything. Same befriender every week, I really looked forward to it."),
    ("The befrienders are kind and never judge anyone. Treated like a person, not a number. 10/10"),
    (
        "I came to the advice session about debt. Signs were clear and it was easy to find "
        "the drop-in."
    ),
    (
        "I came to the advice session about benefits. The advice team went above and beyond, "
        "nothing was too much trouble. The befriender was carnig and took time to listen. "
        "Thank you so much."
    ),
    (
        "Dad came to the advice session about a housing problem. The minibus pick-up made it "
        "possible for Dad to get there. Thank you."
    ),
    (
        "I was matched with a befriender in the spring. Didn't have to wait long at all, seen "
        "within half an hour."
    ),
    "the group was cut from weekly to monthly because of funding. not good enough.",
    (
        "I was referred by the GP. The food bank had run out of basics before we got to the "
        "front. Something needs to change."
    ),
    (
        "They need more volunteers, the group was cancelled twice because nobody could run "
        "it. Not enough staff, and it shows."
    ),
    "A water fountain would be nice.",
    (
        "Came to the drop-in for help with benefits. Staff talked over my partner as if my "
        "partner wasn't there."
    ),
    ("The helpline is only open two mornings a week and is always engaged. Relaly disappointing."),
    "The volunteer on the door was rude and made me feel like a scrounger. Please sort it out.",
    (
        "Was promised a call back about the grant and never heard anything. Something needs "
        "to change."
    ),
    "You can call me on 0113 496 0599 to discuss.",
    (
        "My nan started coming to the lunch club in the spring. Nobody at the hospital "
        "mentioned support after discharge, we found the charity ourselves. This isn't "
        "acceptable."
    ),
    (
        "I started coming to the lunch club last month. The befriender left and nobody "
        "replaced them. Something needs to change."
    ),
    (
        "Used the food bank for the first time last month. The hall is up a flight of stairs, "
        "no good for anyone with a walking frame. Nowhere to park near the lunch club and my "
        "husband can't walk far. Very stressful."
    ),
    "Please don't cut the befriending service, it is a lifeline for me.",
    (
        "I was matched with a befriender last month. They need more volunteers, the group was "
        "cancelled twice because nobody could run it. Please sort it out."
    ),
    "Felt like nobody was listening to me. Shocking.",
    "Felt like noobdy was listening to me. Please sort it out.",
    (
        "I was matched with a befriender back in March. The group changed day and nobody let "
        "me know. Very stressful"
    ),
    "Staff talked over me as if I wasn't there. This isn't acceptable.",
    (
        "I was referred by the GP. Nobody joined things up between the hospital, social "
        "services and the GP."
    ),
    (
        "Nowhere to park near the community hub and I can't walk far. No parking at the "
        "centre so I had to get two buses."
    ),
    "The volunteer on the door was abrupt and made me feel like a scrounger",
    "A seocnd session in the week would be lovely.",
    "Not enough staff, and it shows. This isn't acceptable.",
    (
        "Lots of aegncy staff who didn't know me or the routine. Not enough staff, and it "
        "shows. This isn't acceptable."
    ),
    "not much choice for a gluten free diet. really disappointing.",
    "Staff talked over me as if I wasn't there. Please sort it out.",
    "Queue at the food bank was out the door and we waited over an hour in the cold. Shocking.",
    (
        "I came to the advice session about a PIP form. The befriender left and nobody "
        "replaced them. This isn't acceptable."
    ),
    "A water fountain would be nice",
    "Simple: Wi-Fi that works in the food bank.",
    "Definitely clearing the backlog. Waiting lists are eighteen months and growing.",
    (
        "recognition for the work we do. a card at christmas from the chief exec is not "
        "recognition. we say this every survey."
    ),
    "Without a doubt keeping the same worker with the same people",
    (
        "For me it would be managers who actually listen. Important information gets lost "
        "between shifts. Nothing ever changes though."
    ),
    (
        "One change? Somewhere to park near work. Volunteers pay to park at the hospital when "
        "they do home from hospital runs."
    ),
    (
        "It's a hard job. Without a doubt more staff. Groups get cancelled becuase there is "
        "nobody to run them. Otherwise people will keep leaving."
    ),
    (
        "Speaking as one of the volunteers. It has to be recognition for the work we do. "
        "Agency staff get paid more than us for the same shift. Also fixing the CRM."
    ),
    (
        "The team is great but morale is low. One change? Less paperwork and more time with "
        "guests. I haven't had a full lunch break since April."
    ),
    (
        "Joined-up working between the hospital, social care and housing. Nobody owns the "
        "discharge so everyone chases everyone. Also recognition for the volunteers who keep "
        "this place going. Nothing ever changes though"
    ),
    (
        "For me it would be somewhere to park near work. The staff car park is a 15 minute "
        "walk away and not safe at night."
    ),
    "I love my team. More staff. We lost four people this year and replaced one.",
    "I love my team. Being told about changes before they happen.",
    "More volunteers. We lost three people this year and replaced one.",
    "Somewhere to heat food and take a proper break. We say this every survey.",
    (
        "It has to be core funding, not just projects. We spend half the year writing bids "
        "instead of helping people."
    ),
    (
        "it has to be multi-year funding instead of 12-month grants. we spend half the year "
        "writing bids instead of helping people. nothing ever changes though."
    ),
    (
        "For me it would be fixing the CRM. It takes 15 minutes to log on at the start of a "
        "shift. Also core funding, not just projects. Otherwise people will keep leaving."
    ),
    "One change? Filling the vacancies.",
    (
        "More fresh food donations. The food parcels are mostly tins now. Also one login "
        "instead of seven."
    ),
    (
        "Been here three years. Without a doubt somewhere to park near work. The staff car "
        "park is a 15 minute walk away and not safe at night"
    ),
    (
        "Filling the vacancies. We are five down on the rota and it is the same people "
        "covering every gap. Also multi-year funding instead of 12-month grants."
    ),
    (
        "It's a hard job. One change? Recognition for the volunteers who keep this place "
        "going. I could earn more stacking shelves at the supermarket."
    ),
    "Multi-year funding instead of 12-month grants.",
    (
        "Simple: somewhere to heat food and take a proper break. The food parcels are mostly "
        "tins now."
    ),
    "Core funding, not just projects. Otherwise people will keep leaving.",
    (
        "the team is great but morale is low. one change? pay that reflects the job. also "
        "less paperwork and more time with guests. it's not rocket science."
    ),
    (
        "Definitely somewhere to park near work. Then we could do the job we came into it "
        "for. Email me at siobhan.evans@example.com."
    ),
    (
        "Core funding, not just projects. We spend half the year writing bids instead of "
        "helping people."
    ),
    (
        "Without a duobt somewhere to park near work. The staff car park is a 15 minute walk "
        "away and not safe at night"
    ),
    "It has to be more volunteers. Otherwise people will keep leaving.",
    (
        "Simple: a decent pay rise. A card at Christmas from the chief exec is not "
        "recognition. We say this every survey."
    ),
    (
        "One change? More fersh food donations. The food parcels are mostly tins now. We say "
        "this every survey"
    ),
    "Definitely finishing on time. Also keeping the same worker with the same people.",
    (
        "Been here 3 years. Definitely one login instead of 6. We still write things on paper "
        "and type them up again later. We say this every survey."
    ),
    (
        "Without a doubt managers who atcually listen. Important information gets lost "
        "between shifts."
    ),
    (
        "Somewhere to park near work. Volunteers pay to park at the hospital when they do "
        "home from hospital runs."
    ),
    (
        "I've worked in the food bank for over 10 years. Simple: a thank you from senior "
        "managers now and then. Then we could do the job we came into it for."
    ),
    "One change? Funding for courses.",
    (
        "Definitely a manageable workload. The wellbeing offer is a link to an app, that "
        "isn't support. We say this every survey."
    ),
    (
        "Multi-year funding instead of 12-month grants. We spend half the year writing bids "
        "instead of helping people."
    ),
    (
        "It has to be less paperwork and more time with clients. Staying late unpaid is just "
        "expected. Also multi-year funding instead of 12-month grants. Then we could do the "
        "job we came into it for."
    ),
    "Clearing the backlog. Waiting lists are 4 months and growing. We say this every survey.",
    (
        "Part time, two days a week. Honestly, multi-year funding instead of 12-month grants. "
        "Staff leave because every contract ends in March. Otherwise people will keep "
        "leaving."
    ),
    (
        "One change? Joined-up working between the hospital, social care and housing. "
        "Patients are stuck waiting for packages of care and everyone blames everyone else."
    ),
    (
        "Free staff parking. Volunteers pay to park at the hospital when they do home from "
        "hospital runs. Also recognition for the volunteers who keep this place going."
    ),
    (
        "A thank you from sneior managers now and then. Agency staff get paid more than us "
        "for the same shift. Also more volunteers. We say this every survey."
    ),
    (
        "It has to be face to face training instead of e-learning. Mandatory training gets "
        "done at home in our own time."
    ),
    "One change? Proper wellbeing support.",
    (
        "it has to be somewhere to park near work. volunteers pay to park at the hospital "
        "when they do home from hospital runs. also somewhere to heat food and take a proper "
        "break."
    ),
    (
        "For me it would be protected time for training. I have asked for a leadership course "
        "in my appraisal three years running. Also protected breaks."
    ),
)


# Written on 2026-11-30 by two people who had seen neither screen (the rules nor the
# examples above) nor the held-back sets: varied ways of disclosing harm in a feedback form,
# and ordinary comments that share their words.  Scored blind first, then half against
# the other half (docs/analysis.md), then added here for the semantic screen only: no rule
# was written from them, so they need not all match the rules.
MORE_DISCLOSURES: dict[str, tuple[str, ...]] = {
    "self_harm": (
        (
            "Parking was a nightmare as usual and the cafe shut at 4, but the main thing is I told "
            "the nurse I'd been saving up my sertraline because I don't see the point in carrying "
            "on, and she just nodded and moved on to my blood pressure."
        ),
        (
            "took the lot last month, whole box of paracetamol, and nobody from the gp has even "
            "rung to check on me since"
        ),
        "started cutting again after 2 years clean. didnt tell the doctor cos she was rushing",
        (
            "My son is 17 and told me he's been googling ways to end it. We've waited 9 weeks for "
            "CAMHS and still nothing."
        ),
        "i dont want to wake up in the mornings anymore",
        "Honestly I keep driving past the bridge on the bypass and thinking how easy it would be.",
        "theres a rope in my shed and i think about it most nights",
        (
            "my mate gave away his dog and his playstation last week and said he wont need them "
            "where hes going, im scared for him"
        ),
        (
            "As a band 5 on nights I am so burnt out that I've started planning how I'd do it on "
            "my way home. I can't tell my manager."
        ),
        (
            "ive been making myself sick and then hitting my legs when i eat too much because i "
            "feel like i deserve to hurt"
        ),
        "wrote letters to both my kids just in case i go through with it",
        "scratching my arms til they bleed again, its the only thing that takes the edge off",
        (
            "tried to hang myself in september and a&e discharged me at 3am with a leaflet and a "
            "taxi number"
        ),
        (
            "Patient in bay 4 told me she has stockpiled her insulin and intends to inject it all "
            "at once when she gets home."
        ),
        "my husband keeps saying hes going to walk into the sea and not come back",
        (
            "the receptionist was lovely. im not doing well tho, i keep burning myself with a "
            "lighter at night"
        ),
        "no point me booking the follow up, i wont be here for it",
        "am no copin at aw, been thinkin aboot endin it, the waitin list is a joke",
        "me head's all over the shop, keep thinkin bout jumpin off the multi storey in town",
        "whats the point of physio when ive decided im not gonna be around by christmas",
        (
            "I've been starving myself on purpose. I want to disappear completely and I don't care "
            "if it kills me."
        ),
        (
            "my daughter has cuts all up her thighs, she hides them under her school tights and "
            "thinks i havent noticed"
        ),
        "i overdosed on my mums tablets in the summer and nobody ever followed it up",
        (
            "the crisis line never picked up so i sat on the edge of the bath with a razor for two "
            "hours"
        ),
        (
            "a colleague on our ward said she'd rather be dead than do another shift like that and "
            "i think she meant it, shes been giving her things away"
        ),
        "I have been researching how many of my amitriptyline it would take.",
        "tbh i just want to go to sleep and never wake up again",
        (
            "Food was cold, the bed was uncomfortable, and I'm still hearing a voice telling me to "
            "kill myself which no one on the ward seems to take seriously."
        ),
        (
            "my brother keeps saying hes a burden and that wed all be happier if he wasnt around "
            "anymore"
        ),
        "ive started banging my head against the wall again when it gets too much",
        "i keep a blade in my purse in case i need it",
        (
            "The appointment system is ridiculous, I rang at 8am on the dot and was 34th in the "
            "queue. When I finally got through I was offered a phone call in three weeks. By then "
            "I'm not sure I'll still be here, I've already written my note and sorted out who gets "
            "the cat. The pharmacy at least was quick and the lady on the counter was nice."
        ),
        "got the hose for the car exhaust sitting in the boot",
        "i punch myself in the face when im angry at myself, my gp doesnt know",
        (
            "Looking after Mum 24/7 has broken me. Last week I sat with all her tablets in front "
            "of me and seriously thought about swallowing the lot."
        ),
        (
            "My friend texted me goodbye last night and then switched her phone off, I dont know "
            "what to do"
        ),
        "i tied a ligature on the ward and staff only found me cos the hca came in to do obs early",
        "not eating for days on purpose now, hoping my heart just gives out",
        "feel like im drowning and the only way out is ending my life",
        "Thank you to the paramedics. I didn't actually want to be saved that night though.",
        "been drinking little bits of bleach to see what happens",
        "sorry but whats the point in a care plan when im planning on killing myself",
        "jst want it all 2 stop, been thinkin of ways 2 do it",
        (
            "My 14 year old has been burning herself with the hair straighteners, it was the "
            "school nurse who spotted it"
        ),
        (
            "My husband has been standing right at the edge of the platform at the station, he "
            "told me he was waiting for the fast train"
        ),
        (
            "The GP was kind but I didn't tell her I've bought extra tablets from three different "
            "chemists so I've got enough now."
        ),
        "kept quiet in the room but ive tried to strangle myself twice this month",
        (
            "the self harm is getting worse, my arms are a mess and ive moved on to my stomach "
            "where no one can see"
        ),
        (
            "Staff nurse here. Since the incident on our unit I've been lying awake wondering if "
            "it would be simpler to just drive into a wall on the way in."
        ),
        "my dad said he's going to use his shotgun on himself, he's got a licence for it",
        (
            "i cant see a future. stopped paying my bills cos theres no point when im gonna be "
            "gone soon"
        ),
        "i swallowed some batteries last week and didnt tell anyone",
        (
            "my girlfriend picks at her skin till it bleeds and says she wants to hurt herself "
            "properly"
        ),
        (
            "I only came in about my ankle. The truth is I jumped off the wall on purpose, I told "
            "them I slipped."
        ),
        (
            "a resident at the home where i work keeps saying he wants to die and asked me to get "
            "him enough pills to do it"
        ),
        "I've stopped taking my insulin and my antidepressants because I want this to be over",
        "im 16 and ive been cutting for a year and thinking about suicide alot, my mum doesnt know",
        "deleted all my socials and said my goodbyes, this is my last bit of feedback lol",
        "nobody would even notice if i was gone, honestly id be doing everyone a favour",
        (
            "My best friend from uni attempted last weekend, took pills with vodka and she's in "
            "ICU now"
        ),
        "i purged till i was bringing up blood and part of me hoped it would kill me",
        (
            "Hi, the waiting room chairs need replacing, they're ripped. Also I've been hurting "
            "myself again, cigarette burns on my wrists, but I didn't want to bring it up with the "
            "locum as I didn't know him."
        ),
        (
            "I stood on a chair with a belt round my neck last night and only stopped because the "
            "dog started barking"
        ),
        (
            "hes been talking about ending it ever since he lost his job, keeps saying nobody "
            "needs him"
        ),
        "am proper strugglin lad, been thinkin of jumpin in the mersey",
        "I think about dying every day. Not in a dramatic way, I just wish I wasn't here.",
        (
            "She says she'd rather die than go back to that unit and she's tried to run into "
            "traffic twice"
        ),
        "been stockpiling my co-codamol for months",
        "i dont trust myself around the knives at home anymore",
        (
            "As a junior doctor covering my third rota gap this week, I've genuinely started to "
            "think I'd be better off dead than carry on like this."
        ),
        "been biting myself hard enough to break the skin, its the only thing that helps",
        "I wish the car that hit me had finished the job",
        (
            "my eldest took his own life last year and now his younger brother is saying all the "
            "same things he used to"
        ),
        "walked into the river to end it but the cold made me turn back",
        (
            "cancelled my gym and my phone contract cause i wont need them, sorted my will and "
            "left instructions for the funeral"
        ),
        "Pharmacist asked if I was ok. I'm not. I'm planning to take all of these at once.",
        "Since my diagnosis I keep thinking about ending my life before it gets any worse.",
        "the voices r telling me to cut my throat n i think i might listen this time",
        "ive been hitting my head with a hammer when the thoughts get loud",
        "my flatmate has a stash of pills under her bed and a note addressed to her mum",
    ),
    "abuse_or_neglect": (
        (
            "My mum's carers are only staying five minutes and leaving her in the same soaked pad "
            "from morning till night."
        ),
        (
            "found bruises on dads arms shaped like fingers after the care home visit, they said "
            "he bumps into things"
        ),
        "my nephew has been taking my nans pension every week and she has nothing left for food",
        (
            "the home left my mum in bed for three days without turning her and now she has a "
            "grade 4 pressure sore on her heel"
        ),
        (
            "a man from down the road has moved into my brothers flat, my brother has learning "
            "difficulties and now there's people dealing drugs out of it all hours"
        ),
        "they lock the residents in their rooms at night at the home my aunt is in",
        "one of the carers persuaded my aunt to change her will and leave her the house",
        "my neighbours son shouts at her and calls her useless, shes 89 and terrified of him",
        (
            "Mum keeps telling me one of the night carers gets into bed with her. She has dementia "
            "but she's been saying exactly the same thing for weeks."
        ),
        "my dads new friend from the pub has got his bank card and pin and theres thousands gone",
        (
            "he hasnt had his parkinsons meds for two days because the home ran out and nobody "
            "chased it"
        ),
        (
            "my uncle lives in a house stacked to the ceiling with rubbish, rats, no heating, and "
            "he won't let anyone through the door"
        ),
        (
            "My brother has Down's syndrome and he's being made to work at a car wash for no pay "
            "and sleeps in the back room"
        ),
        (
            "My mother in law has stopped eating and lost three stone, she's living on cups of tea "
            "and the house stinks of urine"
        ),
        (
            "a man at the bus stop befriended my sister who is autistic and now shes handing him "
            "all her benefits every fortnight"
        ),
        (
            "my grandads carer has been taking cash from his wallet, we put a camera up and caught "
            "her doing it"
        ),
        (
            "The home are giving Mum her sleeping tablets at 6pm to keep her quiet for the night "
            "staff."
        ),
        (
            "my son is 23 and has autism, his support worker pushes him about and he keeps coming "
            "home with scratches"
        ),
        (
            "my sister won't let mum see anyone anymore and keeps her phone off her, mum sounded "
            "so frightened when I finally got through"
        ),
        (
            "The lady next door is being kept in by her son, the doors are always locked and I "
            "hear her shouting for help at night."
        ),
        (
            "found my aunt sitting in her own mess when i popped round, the care agency hadnt been "
            "in two days"
        ),
        (
            "my brother in law is making my mum sign cheques over to him and she doesnt understand "
            "what shes signing"
        ),
        (
            "after his stroke they kept leaving dad's food tray out of his reach, he's hardly "
            "eaten all week"
        ),
        "patient told me her grandson hits her if she doesnt hand over money for drugs",
        (
            "a gang of lads have took over my mates flat, theyre cooking and selling from it and "
            "hes too scared to go home"
        ),
        (
            "gran's been left with no heating and no food in the fridge and her carers just arent "
            "turning up"
        ),
        (
            "a man from church has been helping my mum with her finances and now her savings are "
            "completely gone"
        ),
        (
            "nan keeps whispering dont tell him about my cousin and she flinches whenever he walks "
            "in the room"
        ),
        "my cousin is 24 with learning disabilities and her stepdad has been touching her",
        (
            "the staff at the unit shout at my brother and tell him he gets no dinner unless he "
            "behaves"
        ),
        (
            "My mum has dementia and was sent home with no carers arranged, the neighbour found "
            "her on the floor the next morning."
        ),
        (
            "I work on a farm where we sleep in a caravan. The boss keeps our passports and we "
            "have not been paid for months."
        ),
        (
            "my auntie has given her life savings to a man she met online and hes still asking for "
            "more"
        ),
        (
            "Residents are being left in the day room in their nightclothes until lunchtime with "
            "nobody washing them."
        ),
        (
            "dad's house is so cluttered now there's only a path to his chair and he's been "
            "sleeping in it for months, hasn't washed in weeks"
        ),
        (
            "my sister is 22 and our family are forcing her to marry a man she doesnt want to, "
            "they've taken her phone"
        ),
        (
            "the carer got my mum to sign a lasting power of attorney over to her while we were "
            "away on holiday"
        ),
        'The home are withholding Dad\'s pain relief as a punishment for being "difficult".',
        (
            "theres a bite mark on my mums arm since she came back from respite and no one can "
            "explain it"
        ),
        (
            "neighbours keep shouting threats at my disabled uncle, kicking his door and putting "
            "stuff through the letterbox"
        ),
        (
            "I visited Nan and she had bruising on her inner thighs. She's bed bound and can't "
            "tell us what happened."
        ),
        (
            "my son has autism and another adult slapped him at the day centre, we only found out "
            "from the bus driver"
        ),
        (
            "dads left sat in wet sheets for hours cause the night staff say theyre too busy to "
            "change him"
        ),
        (
            "my friends been forced to work in a nail bar twelve hours a day for nothing and she "
            "isnt allowed out on her own"
        ),
        (
            "My brother took mum's bank card and changed the address on her account so she can't "
            "see her statements."
        ),
        (
            "i help look after my aunt and my cousin keeps turning up drunk and throwing her "
            "things at her"
        ),
        (
            "my mum is 92 and her carer keeps telling her she'll be put in a home if she "
            "complains, mum is petrified"
        ),
        (
            "she wont let the district nurses in, there's dog mess all over the floor and her leg "
            "ulcers have got maggots in them"
        ),
        (
            "The manager of the home is keeping the residents' personal allowance and they never "
            "see a penny of it."
        ),
        "i saw a resident with her wrist tied to the chair with a dressing gown cord",
        (
            "he's lost 2 stone since going in the care home and they say its just his age, hes "
            "barely being fed"
        ),
        (
            "my disabled brothers carer keeps borrowing money off him and never paying it back, "
            "its hundreds now"
        ),
        (
            "my dads been left in a locked room on the ward all day with nobody to take him to the "
            "toilet"
        ),
        (
            "old fella upstairs gets visits from some lads who take his tablets and his money "
            "every week"
        ),
        (
            "my mum says my brother pushes her against the wall when he's had a drink, she's got a "
            "black eye now"
        ),
        (
            "The son of the lady I deliver meals on wheels to swears at her and eats her meals "
            "himself, she's skin and bone."
        ),
        (
            "just found out my gran has been giving all her money to a psychic who rings her every "
            "single day"
        ),
        (
            "me nan's new lodger has took over the house, shes sleeping in the kitchen now and he "
            "has her bedroom"
        ),
        "the agency left my mum in her nightie on the commode for four hours",
        (
            "Dad was discharged with no food in the house, no water in reach, and nobody knew he "
            "was even home."
        ),
        (
            "My sister has MS and the man she pays to help her shower keeps touching her in ways "
            "she doesn't want."
        ),
        (
            "Residents are having cold washes because the boiler's been broken for weeks and "
            "nobody's bothered to fix it."
        ),
        "my uncle is being threatened by a so called family friend to sign his house over",
        (
            "mum has had the same dressing on her leg for a week, it stinks, the district nurse "
            "never came"
        ),
        (
            "a family member keeps taking grandads blue badge and his car while hes stuck indoors "
            "with no shopping"
        ),
        "my friend is 25 and her cousin is making her sleep with men for money",
        (
            "the warden at his sheltered housing says he just sits in the dark, hasn't eaten in "
            "days and won't let anyone help him"
        ),
        (
            "my son has a learning disability and these lads he calls his mates make him hand over "
            "his phone and his wages"
        ),
        "the care home keep my dad doped up on sedatives so he just sleeps all day",
        (
            "The nursing home let Mum's catheter block for two days and she was in agony before "
            "anyone did anything."
        ),
        (
            "my elderly neighbours grandson has moved in and now she looks scared and thin and "
            "hasnt been out for weeks"
        ),
        "the man in the next bed told me his daughter beats him when shes drunk",
        "found out the landlord at mums hmo makes her clean his other houses in exchange for rent",
        (
            "my aunt with dementia was found wandering at 2am, her son who is supposed to look "
            "after her was out and the door was wide open, this happens all the time"
        ),
        "the handyman who does odd jobs for my gran has asked her for sex instead of payment",
        "my mum is being bullied by other residents and the staff just stand there laughing",
        (
            "The ward was clean and the tea trolley came round regularly which was nice. Parking "
            "was £8 a day which is criminal. When Mum was discharged back to my brother's house he "
            "told her she's a waste of space and took her purse off her, she's had no money since "
            "and she's frightened to ring me. The discharge letter took ages to come through too."
        ),
        (
            "my disabled mate is living in a room with no lock, his dad takes his pip and gives "
            "him a tenner a week"
        ),
        "the carers yank my dad out of bed and he screams, he has bruises on both shoulders",
        (
            "lovely staff on the stroke unit. but my nephew has moved into mums bungalow and keeps "
            "her locked in the back bedroom when he has people round"
        ),
    ),
    "domestic_violence": (
        "My husband hits me and I didn't know who to tell until the nurse asked me on my own.",
        (
            "things at home arent safe right now and i couldnt say that in front of him at the "
            "appointment"
        ),
        "He gets handy when he's had a drink, which is why I keep missing my physio.",
        "I had to tell the receptionist I walked into a door again.",
        (
            "Waited nearly 3 hours in A&E which wasn't great, and the toilets were filthy, and the "
            "vending machine ate my money. But the doctor who eventually saw me noticed the marks "
            "on my neck and asked quietly if my partner had done it. He had. She gave me the "
            "number for a refuge and sorted a taxi so I didn't have to go back, and I'm there now "
            "with my little boy."
        ),
        (
            "my fella takes my bank card off me every payday so i cant afford the bus to get to my "
            "appointments"
        ),
        (
            "Please stop sending letters to my old address, my ex still picks up my post there and "
            "he's not meant to know where I live now."
        ),
        (
            "The midwife was amazing when my daughter came in, her boyfriend had pushed her down "
            "the stairs and she was six months gone."
        ),
        "he goes through my phone every night and kicks off if ive text anyone he doesnt know",
        (
            "Car park was a joke. Also my wife throws things at me when she loses her temper and I "
            "never thought anyone would take a bloke seriously saying that but the nurse did."
        ),
        (
            "I work on the ward myself and I've been sleeping in my car since my partner tried to "
            "strangle me last month."
        ),
        "Not allowed out without him so he drove me here and sat outside the whole time.",
        "scared of my husband",
        (
            "The health visitor was the first person I told that he locks me in the house when he "
            "goes to work."
        ),
        (
            "My other half said if I told anyone about the bruises he'd take the kids and I'd "
            "never see them again."
        ),
        (
            "Thank you to Dr Patel for believing me about my ex following me to work every day, "
            "the non-molestation order came through last week."
        ),
        (
            "The wait for the scan was long but staff were kind. My boyfriend punched me in the "
            "stomach when I told him I was pregnant and I was terrified I'd lost the baby."
        ),
        (
            "my brother has threatened to stab me if i report him again and he still lives at mums "
            "so i cant visit her"
        ),
        (
            "Im a carer for my mum and dad and dad has started hitting mum, hes not got dementia "
            "hes always been like that but its got worse"
        ),
        "he hurts me when no one's looking",
        (
            "I couldn't come to my smear test because he wouldn't let me have the car and he "
            "doesn't let me have any money of my own."
        ),
        "please dont ring my mobile he checks the call log",
        (
            "She controls everything, what I eat, who I see, when I sleep. I'm a 45 year old man "
            "and I feel like a prisoner in my own home."
        ),
        (
            "My girlfriend has been hitting me for about a year and when I went to the police they "
            "laughed. The counsellor here was the only one who listened."
        ),
        (
            "Good service overall. My ex put intimate pictures of me online after I left him and "
            "I've been too ashamed to leave the house, the GP referred me for support which "
            "helped."
        ),
        (
            "The receptionist let me wait in a side room because my ex-husband was in the waiting "
            "room and I have an injunction against him."
        ),
        "he put his hands round my throat until i passed out and i told the doctor i'd fainted",
        (
            "My sister in law rang me at 2am from the hospital saying her husband had battered her "
            "again and could I pick her up."
        ),
        "Every time I try to leave he says he'll kill himself or kill me",
        (
            "My wife of 52 years shouts at me, pinches me and won't let me have my own pension. "
            "I'm 81 and didn't know who else to tell."
        ),
        (
            "Thanks to the practice nurse who noticed I was jumpy and asked if everything was ok "
            "at home. It wasn't, my partner had been raping me and I didn't even realise that's "
            "what it was."
        ),
        (
            "The appointment system is useless, you have to ring at 8 and my husband won't let me "
            "use the phone unless he's in the room."
        ),
        (
            "Someone put a tracker on my car, I'm pretty sure it was my ex, he keeps turning up "
            "wherever I am including outside this surgery."
        ),
        (
            "Housing officer was helpful in moving me out after I had to flee with the kids, he'd "
            "broken my arm."
        ),
        "my mums new partner hurts her and im only 15 i didnt know where else to write this",
        (
            "Lovely staff on ward 7 but I was discharged back to the same house as him and I told "
            "them I wasn't safe."
        ),
        (
            "My partner (she) has been coercive for years, cutting me off from my friends and "
            "family, checking my location. People don't believe it happens in same-sex "
            "relationships."
        ),
        (
            "he's got all my passwords and reads my emails including the ones from you so please "
            "don't put anything about this in writing"
        ),
        (
            "Waiting room was too hot and there weren't enough chairs. My dad was shouting at mum "
            "in the car park and grabbed her by the hair, nobody came out to help her."
        ),
        (
            "Drs are great but the thing nobody asks is why I keep coming in with injuries. I keep "
            "hoping someone will."
        ),
        (
            "i had to leave my home because my husband kept threatening me, im in temporary "
            "accommodation now and cant get registered with a gp"
        ),
        (
            "My son in law controls all of my daughter's money and she has to ask him for bus "
            "fare. I'm worried sick about her."
        ),
        "He smashed my phone so I couldn't ring the ambulance.",
        (
            "I'm a community nurse and I just wanted to say that the occupational health team were "
            "brilliant when I disclosed that my husband had been abusing me."
        ),
        (
            "my ex keeps turning up at my door at night banging and shouting, police have been out "
            "4 times"
        ),
        (
            "Could the surgery please let me book appointments without a text confirmation, my "
            "partner monitors my phone and I can't have him knowing I'm seeing someone about this."
        ),
        (
            "The antenatal class was good but I felt I couldn't speak freely with him there, he "
            "doesn't like me talking to people and I pay for it later."
        ),
        "My stepdad used to hit my mum and now he's started on me since she went into the home.",
        (
            "he kicked me in the back while i was pregnant and now the baby's here i'm scared "
            "he'll do it to her"
        ),
        (
            "The mental health team have been amazing. Part of why I'm unwell is years of my "
            "husband telling me I'm worthless, isolating me and controlling every penny."
        ),
        "i dont want my partner to know i came today, he'd go mental",
        (
            "My grandson lives with us and he's been pushing my wife around and taking her "
            "pension, she won't report him because he's family."
        ),
        (
            "Being followed home from the bus stop by my ex every night, I've changed my route "
            "three times."
        ),
        "The nurse asked about the burn on my arm. It was an iron. It wasn't an accident.",
        (
            "My husband forced me to have sex after my c-section before I'd healed and I was too "
            "embarrassed to mention it at the 6 week check."
        ),
        (
            "not sure this is the right place but my girlfriend threatened to share videos of me "
            "if i left her"
        ),
        (
            "Parking is expensive and the machines don't take cards. Also I have a restraining "
            "order against my ex wife and she was allowed to sit next to me in outpatients."
        ),
        (
            "My daughter rang me crying saying her husband had locked her out in the garden in the "
            "freezing cold with the baby still inside."
        ),
        (
            "Excellent care in maternity. I finally told someone about the abuse and the IDVA came "
            "to see me on the ward."
        ),
        "Wife hits me. Please help.",
        (
            "He gave me a black eye last Christmas and I still flinch when anyone raises their "
            "voice, including your receptionist on the phone."
        ),
        (
            "My brother lives with me and mum, he's punched holes in the walls and says next time "
            "it'll be her face."
        ),
        "The social worker helped me get the locks changed after my ex kept letting himself in.",
        (
            "He says I can't go to the gym or see my friends and I have to send him a picture "
            "every hour to prove where I am."
        ),
        (
            "staff were great but when i got home he went mad that id been out so long and i got a "
            "hiding"
        ),
        (
            "I'm a male nurse and my husband has been violent towards me for two years, there's no "
            "support that feels like it's meant for men like me."
        ),
        (
            "As a receptionist here I want to thank the practice manager who let me change my "
            "shifts when I had to go to court for the protection order against my partner."
        ),
        "She grabbed me by the throat again.",
        (
            "I'm 72 and my husband has always had a temper, lately he's been shoving me and I've "
            "fallen twice, the falls clinic thinks it's my balance."
        ),
        "my other half wont let me take the pill and says if i get pregnant im never leaving",
        (
            "The GP was brilliant but the chemist kept saying my name and address out loud and I'm "
            "hiding from my ex."
        ),
        (
            "My mate at work turned up with a split lip again and says her fella did it, what can "
            "I do to help her?"
        ),
        (
            "Please let people self refer to counselling, I couldn't get a GP appointment without "
            "my partner finding out and he doesn't let me go anywhere on my own."
        ),
        "cant sleep cos of what happened with my ex, he tried to run me over with his car",
        "My husband has cameras all over the house and watches me on his phone while he's at work.",
        "He hid my tablets as a punishment, that's why my epilepsy got so bad last month.",
        (
            "The A&E doctor didn't believe me that my wife did this to me, he wrote down I'd been "
            "in a fight at the pub."
        ),
        (
            "I moved three hundred miles to get away from my ex and the new surgery has been so "
            "welcoming."
        ),
        (
            "my boyfriend pulled my hair and dragged me across the kitchen floor and im "
            "embarrassed to say i went back to him"
        ),
        (
            "Can the out of hours team please not call my landline, my husband listens in on the "
            "other handset."
        ),
        (
            "My 19 year old son threatens me with a knife when he doesn't get his way and I've "
            "been too scared to tell anyone until now."
        ),
        (
            "Thank you for the bed on the ward, honestly it was the safest I've felt in months "
            "being away from him."
        ),
        (
            "the way he talks to me is horrible, calls me fat and useless and stupid, tells me "
            "nobody else would want me, and if i cry he laughs"
        ),
        (
            "I've been told by the police I'm high risk and my case is going to MARAC, I didn't "
            "even know what that meant and nobody here explained it."
        ),
        (
            "ex keeps ringing from withheld numbers 50 times a day and messaging my family saying "
            "hes going to find me"
        ),
        "husband hit me in front of the kids",
        (
            "The receptionist was rude on the phone. I was only ringing because my partner had "
            "kicked me in the ribs and I was struggling to breathe."
        ),
        (
            "I told my health visitor that my partner smashed up the flat and she made a "
            "safeguarding referral, which was scary but the right thing."
        ),
        (
            "Im a student nurse and my boyfriend meets me at the hospital door after every "
            "placement shift to make sure I'm not talking to other men, I'm not allowed out after."
        ),
        (
            "Grateful to the sexual assault referral centre, my husband raped me and I didn't "
            "think it counted because we're married."
        ),
        "Dad beats mum whenever he loses at the bookies.",
        "He'll out me to my family if I leave.",
        (
            "The family planning nurse helped me get the coil fitted without my partner knowing "
            "because he was trying to get me pregnant to trap me."
        ),
        "Can't go home. He'll kill me.",
        (
            "Housing wont move me even though my ex lives 2 streets away and has been done for "
            "assaulting me twice"
        ),
        (
            "I'm a support worker myself and even I didn't see the signs in my own relationship "
            "until he started pinning me against the wall."
        ),
        (
            "My elderly mother is frightened of my father, he controls her medication and won't "
            "let the carers in."
        ),
        "he made me sleep on the floor for a week because i forgot to iron his shirt",
        (
            "The nurse was kind. Bit of a wait. I'm only here because my wife hit me with a frying "
            "pan but I told them I slipped."
        ),
        (
            "I'd like to know why the police were called from the ward without asking me first, I "
            "know he hurt me but now he's even angrier."
        ),
        (
            "my ex partner keeps sending me threatening messages saying he knows where the kids go "
            "to school"
        ),
        (
            "Nobody at the surgery asked why my daughter suddenly stopped coming to appointments "
            "on her own after she moved in with her boyfriend, he won't let her out of his sight."
        ),
        (
            "I'm still getting letters addressed to me at his house even though I fled in March. "
            "Please update my records, he opens them."
        ),
        (
            "my brother in law who lodges with us keeps coming into my room at night and touching "
            "me and my husband won't believe me"
        ),
        (
            "The counsellor helped me understand that what he did, taking my wages and cutting me "
            "off from my mum, was coercive control."
        ),
        (
            "i got strangled last night by my partner and the hospital said my voice would come "
            "back but im scared to go home"
        ),
        (
            "Really impressed with the speed of maternity triage. Less impressed that they asked "
            "about domestic abuse in front of my husband, I had to say no when I wanted to say "
            "yes."
        ),
        (
            "He's never actually hit me but he punches the wall next to my head and says next time "
            "it won't be the wall."
        ),
        (
            "my husband and i are both in our 80s and he has started hitting me when hes "
            "frustrated, the district nurse saw the bruising"
        ),
        (
            "My ex girlfriend slashed my tyres, set up fake profiles to message my friends and "
            "keeps reporting me to social services to get at me."
        ),
        "dr asked if im safe at home. i lied.",
        (
            "Our son's wife keeps him away from us and takes his wages, and we've seen bruises on "
            "his face he won't explain."
        ),
        (
            "Ambulance crew were very good. They came because my brother had beaten my dad and "
            "left him on the kitchen floor."
        ),
        (
            "I've been staying at a refuge for 2 months and I'm struggling to get my prescriptions "
            "because my GP is back near him."
        ),
        (
            "I'm writing on behalf of my sister who can't write it herself as her husband checks "
            "everything she does online, she needs help."
        ),
        (
            "My partner filmed me getting changed and sent it to his mates, then said it was my "
            "fault for being with him."
        ),
        (
            "hes stopped me seeing my family for 3 years now and this is the first time ive been "
            "out on my own"
        ),
        (
            "The pharmacist noticed I was buying a lot of painkillers and asked if I was ok. I "
            "said yes but really my husband had been hurting me."
        ),
        (
            "I have PTSD from my last relationship, he used to choke me during arguments and hold "
            "a pillow over my face."
        ),
        (
            "As a member of staff I found the domestic abuse policy really helpful when my ex was "
            "harassing me at work, security walked me to my car every night."
        ),
        (
            "Long wait for the blood test but the phlebotomist was lovely. Sorry for crying, my "
            "husband was horrible to me this morning and I'm scared he'll be waiting when I get "
            "out."
        ),
        (
            "He drove off with me still half in the car and I broke my ankle, I told the fracture "
            "clinic I tripped."
        ),
        (
            "my wife wont let me see the GP alone and answers all the questions for me, I'm not "
            "allowed my own bank account either"
        ),
        (
            "Housing officer didn't seem to understand that I can't stay in a property he has keys "
            "to, he's hurt me before and he will again."
        ),
        (
            "My daughter is in a same sex relationship and her partner is very controlling, she's "
            "not allowed to see us and she's lost so much weight."
        ),
        "when i was pregnant he used to punch me where the bruises wouldnt show",
        (
            "My father in law lives with us and threatens me when my husband is away working, he "
            "says no one would believe a foreigner."
        ),
        "the man i live with says if i go to the police he will burn the house down with me in it",
        (
            "I'm writing this as a member of staff rather than a patient, because I don't feel "
            "able to say it to my manager. I've been off sick a lot this year and it's been logged "
            "as migraines and stomach bugs but really it's because my husband won't let me leave "
            "the house some days, takes my car keys and my work phone, and I've had bruises I "
            "couldn't cover with my uniform."
        ),
        (
            "I was in the waiting room for ages and the telly was too loud. The woman next to me "
            "had a black eye and whispered that her husband did it and she was scared to go home."
        ),
        (
            "He got jealous because my midwife was a man and wouldn't let me go back to the "
            "clinic, I missed two checks."
        ),
        "Ex keeps breaching the non-mol, police do nothing.",
        (
            "I am a GP receptionist and I have been too ashamed to tell my colleagues that my "
            "partner hits me."
        ),
        (
            "Absolutely brilliant care at the stroke unit for my mum, the nurses were so patient "
            "with her speech and the physios got her walking again within a fortnight. My only "
            "worry is discharge. Dad's temper has always been a problem and we're all worried "
            "about her going back home to him, he's pushed her over before and now she can't even "
            "get up on her own if he does it again."
        ),
        "My girlfriend bit me and scratched my face and then told everyone I'd attacked her.",
        (
            "wife took the car keys and my phone and locked the door so i couldnt leave, happens "
            "most weekends"
        ),
        (
            "I'm her husband and I want to report that my wife is being abused by her son from her "
            "first marriage who lives with us, he shouts at her and shoved her into the radiator."
        ),
        (
            "Three years ago I fled to a refuge with nothing but the clothes I was wearing, the GP "
            "there got me back on my feet, thank you."
        ),
        "he says he'll report me to the home office if i dont do what he says",
        (
            "My partner tracks my location with an app and if I'm even 5 mins late back from the "
            "hospital he accuses me of cheating and throws my stuff out."
        ),
        (
            "Your online form asked if I felt safe at home and I ticked yes because he was "
            "watching me fill it in."
        ),
        (
            "I've been coming to the hospital with headaches for months and no one has linked it "
            "to the fact my husband keeps hitting me round the head."
        ),
        (
            "I want to say the staff in the fracture clinic were amazing, really patient with me, "
            "and the wait wasn't too bad considering how busy it was. What I didn't say on the day "
            "is that my arm wasn't broken falling off a step like I told them, it was my partner, "
            "he twisted it because I'd been on the phone to my sister. I'm still with him and I "
            "don't know what to do."
        ),
        (
            "honestly the parking is terrible and the signs make no sense and i ended up walking "
            "round for ages, but the main thing i wanted to say is thank you to the lady on "
            "reception who noticed i was shaking and took me to a quiet room, i told her my ex had "
            "been sat outside my flat all night and she helped me ring the police and get a social "
            "worker, i dont know what i would have done without her"
        ),
        (
            "ma bf proper kicks off if i dont answer wen he rings, hes slapped me a few times n "
            "took my phone off me, only filling this in cos hes at work"
        ),
        (
            "me missus gets proper nasty wi me when she's had a few, chucked a glass at me head "
            "last week, didnt tell the doctor owt"
        ),
        "ma man's been lifting his hands tae me again and am feart tae go hame",
        "our kid's been knocking me mam about and she won't say owt to anyone",
        (
            "My mum is 78 and has been in and out of the medical ward since Christmas. Everyone "
            "has been very kind and the discharge team have worked hard, but I need someone to "
            "know that my dad is not a safe person for her to go home to. He's always been "
            "controlling, keeps her purse, doesn't let her phone us, and last time I visited she "
            "had finger marks on her arms that she said were from the carers, but the carers "
            "haven't been in for weeks."
        ),
    ),
    "child_at_risk": (
        (
            "my neighbours kids are 4 and 6 and they're left on their own most nights while she "
            "goes out"
        ),
        (
            'My 13 year old daughter has a "boyfriend" who is 24 and picks her up from school in '
            "his car."
        ),
        "the lad in my sons class comes in with bruises every monday morning",
        "my niece said her uncle touches her private parts when he babysits",
        "theres needles on the floor at my sisters and her toddler crawls round them",
        (
            "my son is 15 and keeps going missing for days, comes back with new trainers and two "
            "phones"
        ),
        (
            "im 12 and i look after my mum who has ms and i havent been to school for weeks, im so "
            "tired"
        ),
        (
            "my granddaughter is being taken abroad this summer to be cut, her mum says its "
            "tradition and i cant stop it"
        ),
        "my cousin is 16 and her parents are making her marry a man back home in the holidays",
        (
            "Baby was brought in with a broken arm, she's six weeks old and the parents said she "
            "rolled off the sofa."
        ),
        "my ex's new boyfriend hits my son when he stays over there",
        (
            "My 14 year old is being sent to sell drugs in another town, he says he owes someone "
            "money and they'll hurt him"
        ),
        (
            "my daughter said a man on snapchat made her send pics and now says he'll send them to "
            "her school if she stops"
        ),
        "my sons dad smokes weed and crack right in front of him, hes 7",
        "My little boy came back from his dad's saying daddy's friend hurt his bum.",
        (
            "the 10 yr old next door is out on the street till midnight, ive never once seen an "
            "adult with him"
        ),
        (
            "theres fighting at my sisters every weekend, he throws her about and the kids see all "
            "of it"
        ),
        (
            "my stepdaughter is 15 and goes to parties at a flat with older men who give her vodka "
            "and pills"
        ),
        "An 11 year old told the school nurse she hasn't had any tea for three days.",
        (
            "in a&e with my baby and the man in the next cubicle shook his crying baby really "
            "hard, i heard its head hit something"
        ),
        (
            "my 16 year old son looks after his little brothers and his mum who drinks, hes "
            "falling apart and nobody helps him"
        ),
        (
            "my sons football coach messages him late at night and buys him presents and told him "
            "to keep it a secret"
        ),
        "my nephew is 9 and has little round cigarette burns on his arms",
        (
            "my daughter comes back from her dads with head lice and no clean clothes and says she "
            "sleeps on the floor"
        ),
        "the kids at number 12 are locked in the house all day while their mum's at work",
        "there's a girl in year 9 being passed round by older boys who hang about the chicken shop",
        (
            "the toddler at the surgery had a nappy that looked like it hadnt been changed in "
            "days, covered in sores, poor mite"
        ),
        "my little brother is 14 and my mums boyfriend makes him sleep in the shed as a punishment",
        (
            "The 8 year old I childmind told me her mummy's friend makes her watch videos of "
            "people having sex."
        ),
        (
            "My 15 year old keeps getting into a car with a man in his thirties most nights after "
            "school and won't tell me who he is."
        ),
        (
            "patient's mum admitted she leaves her 3 year old at home with the dog while she does "
            "her night shifts"
        ),
        "i think my granddaughter is being starved, shes tiny and always sneaking food at ours",
        "my son is 12 and his dad makes him hide the drugs when the police come round",
        "my best friend is 14 and pregnant and she says the dad is her mums boyfriend",
        (
            "our daughter is 13, she went to stay with relatives abroad and came back and she'd "
            "been cut down there"
        ),
        "theres a lad in the year below me whose dad beats him with a belt, he showed me the marks",
        (
            "I work in a school kitchen and the same kids are stuffing food in their pockets "
            "because there's nothing at home."
        ),
        "my grandson came to visit with a black eye and says hes not allowed to tell",
        "A two year old was found wandering round the estate on her own in just a nappy at 7am.",
        "my niece has been chatting to a man she met on roblox and hes asking to meet her",
        (
            "my daughter is 17 and keeps disappearing and coming back with cash, says she has a "
            "sugar daddy"
        ),
        (
            "the children next door scream please stop every night and i can hear slaps through "
            "the wall"
        ),
        "a kid at my sons school keeps saying he gets shut in the cupboard under the stairs",
        (
            "My nephew is 13 and caring for his dad who has cancer. Nobody checks on him and he's "
            "stopped eating."
        ),
        (
            "my sons mate has turned up at ours three nights running cos his mums partner keeps "
            "chucking him out"
        ),
        (
            "the baby in my sisters flat cries for hours and nobody picks him up, shes always off "
            "her face on something"
        ),
        (
            "A little girl told me in the waiting room that her dad does rude things to her in the "
            "bath."
        ),
        "my 15 year old daughter was raped at a party and shes too scared to tell the police",
        (
            "my lad is 16 and says a gang are grooming him and theyve threatened to stab his "
            "little brother if he doesnt do what they say"
        ),
        "my nephew is 6 and already knows how to roll a spliff for his dad",
        (
            "i saw a woman drag a little girl by her hair across the car park and smack her round "
            "the head"
        ),
        (
            "my 14 year old sister is being sent back home to get married, she's terrified and "
            "begged me not to tell"
        ),
        "my little girl told me the man next door showed her his willy over the fence",
        (
            "our daughters older cousin is 19 and keeps getting into her bed at family get "
            "togethers, she's 10"
        ),
        (
            "We've got a 10 year old on our list who never goes to school, his mum keeps him home "
            "to look after the baby."
        ),
        "the kids are living in a house with no electric, black mould and dog poo everywhere",
        "my 15 year old got sent naked pictures by one of her teachers who's about 30",
        (
            "Appointment was on time and the nurse was great with my asthma review. One thing I "
            "wanted to mention, my 14 year old has been staying out with a group of older lads and "
            "came home last week with a bag of cash and a burner phone, and she told me not to "
            "ask. I don't know who to go to. Parking was fine."
        ),
        "her stepdad keeps walking in on her in the shower, shes 12",
        "my son is 9 and his dads girlfriend locks him in his room without food as a punishment",
        (
            "i think my nephew is being sexually abused, hes started acting things out with his "
            "toys and wetting the bed again"
        ),
        "the baby's mum was feeding him while she was off her head on ket",
        (
            "my 16 yo brother got stabbed because he was moving drugs for someone, he's too scared "
            "to say who"
        ),
        (
            "My grandson is 3 and has a bruise on his cheek in the shape of a hand, his mum says "
            "he fell over."
        ),
        (
            "the kids are sleeping on a mattress on the floor with no bedding, mum spends every "
            "penny on drink"
        ),
        (
            "the 13 year old girl in the bed opposite on the ward had a man visiting who "
            "definitely wasnt her dad and she told me hes her boyfriend"
        ),
        (
            "my daughter is 11 and a man at the corner shop keeps giving her gifts and telling her "
            "she's very mature for her age"
        ),
        "my son is 14 and he's been sharing needles with his older mates",
        "a girl in our youth group said her dad hits her mum and then goes for her",
        "my nieces and nephews keep getting left with my mum who's an alcoholic and passes out",
        "im 15 and my mums boyfriend comes into my room at night",
        (
            "the children in the flat above are never dressed for the weather, always filthy and "
            "they have a really strong smell"
        ),
        (
            "our youngest came home saying the lad who minds her made her take her clothes off for "
            "a game"
        ),
        (
            "8 yr old brought into a&e drunk, said his big brother gave him vodka, mum didnt seem "
            "bothered"
        ),
        (
            "my daughters best mate is 14 and has run away from home five times this year, her mum "
            "never reports it"
        ),
        (
            "keep seeing a young girl in school uniform being dropped off at a house by different "
            "men in different cars"
        ),
        (
            "my 17 year old is being blackmailed online, they want money or theyll post her "
            "pictures everywhere"
        ),
        "the foster carer shouts at my son and wont let him eat with the rest of the family",
        (
            "the little one was left in the car on a boiling hot day while his dad was in the "
            "bookies for an hour"
        ),
    ),
    "staff_threat": (
        "the porter grabbed my arm really hard and dragged me into the wheelchair",
        (
            "the healthcare assistant squeezed my mums wrist until she cried because she wouldnt "
            "open her mouth for her tablets"
        ),
        "A male nurse made sexual comments about my breasts while doing my obs.",
        "receptionist threatened to have me struck off the list if I put a complaint in",
        (
            "My manager screams at me in front of patients and told me he'll make sure I never "
            "work in the NHS again."
        ),
        "the security guard pinned my son to the floor and knelt on his neck, he was only upset",
        "the carer slapped my nan across the face, i saw it on the camera we put in her room",
        (
            "the doctor touched me inappropriately during an examination that didnt even need me "
            "to undress"
        ),
        (
            "the social worker told me if i didnt do what she said shed have my kids taken off me, "
            "then laughed"
        ),
        (
            "housing officer said he'd get my repairs sorted if i went for a drink with him, then "
            "turned up at my flat at 11pm"
        ),
        (
            "ward sister keeps making me do all the heavy lifts on my own and calls me a lazy fat "
            "cow in front of everyone"
        ),
        "a nurse on the mental health unit shoved me into the wall when i was kicking off",
        (
            "one of the HCAs keeps messaging me on facebook since i was discharged, calling me "
            "sexy and asking where i live"
        ),
        (
            "the physio said he'd break my other leg if i didnt stop moaning and i dont think he "
            "was joking"
        ),
        "a consultant pinched my bum in the lift",
        "I watched a carer pour cold water over a resident because she'd wet herself.",
        "night staff turned the resident's call bell off at the wall and told her to shut up",
        "the paramedic called me a junkie and said he'd leave me on the floor to rot",
        (
            "i think one of the nurses is taking mums morphine and giving her paracetamol instead, "
            "shes in agony every night"
        ),
        (
            "The GP shouted at me to get out and stood over me in a really threatening way, I was "
            "shaking."
        ),
        (
            "A senior member of staff on our unit locked a patient in the side room for hours as a "
            "punishment."
        ),
        (
            "a male carer has been showering my mum on his own even though she asked for a woman, "
            "and she says he touches her"
        ),
        "the hca said shed make my life hell if i complained about her again",
        "a receptionist followed me into the car park shouting and squared up to me",
        (
            "the agency nurse was rough with my dad and yanked his catheter out, he was bleeding "
            "everywhere"
        ),
        "my team leader keeps trying to kiss me at work and says no one would believe me over him",
        "A doctor got my number from my records and started texting me asking me out.",
        "the mental health nurse told my son to do it properly next time",
        (
            "security punched my brother in the face when he was drunk in a&e, he was already on "
            "the floor"
        ),
        "the carer at the home twists my dads ear when he wont sit down",
        "my supervisor said hed sack me on the spot if i reported what happened",
        "staff at the home laugh at the residents and film them on their phones",
        "the porter kept making comments about my daughter who's 16 and asked for her snapchat",
        "the district nurse swore at my mum and told her she's a waste of resources",
        "the midwife carried on examining me after i said no and told her to stop",
        "the nurse held my nose shut to make me swallow my meds",
        "the dentist slapped my son's leg to make him keep still",
        (
            "Im a student nurse and my mentor told me shell fail me unless i keep quiet about her "
            "drinking on shift, then she pushed me against the sluice door"
        ),
        "the hca keeps pinching the residents when she thinks no ones looking",
        (
            "The registrar threw a pair of scissors at me in theatre because I was slow passing "
            "instruments."
        ),
        (
            "a support worker at my son's residential home has been sending him sexual messages at "
            "night"
        ),
        (
            "staff restrained me face down for twenty minutes and one of them sat on my back, i "
            "couldnt breathe"
        ),
        "the receptionist said people like you should be put down to my disabled brother",
        (
            "one of the staff at mums day centre takes her money for the trips but mum never goes "
            "on any of them"
        ),
        (
            "The OT made me feel unsafe, he stood far too close and kept saying he'd pop round to "
            "my house after work."
        ),
        "the nurse told me if i didnt stop crying shed give me an injection to shut me up",
        (
            "mums carer threatened to leave her lying on the floor if she pressed her pendant "
            "alarm again"
        ),
        "sister on ward 12 deliberately held back my pain relief because i answered her back",
        "the night carer sits on the residents beds and screams right in their faces",
        "my manager keeps grabbing my waist and saying its just banter",
        (
            "the ambulance crew member grabbed me by the throat when I tried to stop him lifting "
            "my mum wrong"
        ),
        "HCA told my dad he'd end up in the morgue if he didn't stop ringing for help",
        (
            "my social worker keeps turning up unannounced late at night and says he can do what "
            "he likes"
        ),
        (
            "The doctor on the ward made racist remarks about me and said he'd make sure I waited "
            "the longest."
        ),
        "my colleague on the ward keeps saying he'll accidentally hurt me if i report him again",
        "nurse kicked the bed and screamed at my nan just die already",
        "my therapist started a sexual relationship with me during my therapy",
        "security dragged my son out of the waiting area by his hair",
        (
            "a carer put a pillow over my grans face when she was shouting out, another carer told "
            "me in confidence"
        ),
        (
            "the phlebotomist jabbed me really hard on purpose after i complained about the wait "
            "and then laughed about it"
        ),
        "the manager at the home has been sleeping with one of the residents who has dementia",
        (
            "the housing officer said hed have me evicted if i didnt stop complaining and then "
            "kicked my door on his way out"
        ),
        "a&e nurse squeezed my broken wrist on purpose cos i was swearing",
        (
            "the pharmacist kept touching my hand and asking personal questions and then waited "
            "outside the shop for me"
        ),
        "The HCA force fed my grandma until she choked and went blue.",
        (
            "our practice manager bullies the receptionists constantly, one girl was in tears and "
            "said shes scared to go home in case he turns up at her house again"
        ),
        "my sons keyworker at the unit punched him and told him to say he fell over",
        "a student doctor took photos of me on his phone while i was undressed for the exam",
        "one of the night staff locks dad in the bathroom while she goes on her break",
        (
            "im a porter and my supervisor rammed me with a trolley on purpose and said next time "
            "itll be worse"
        ),
        "the care worker told my mum shed poison her tea if she kept complaining",
        "a nurse pulled my hair when i wouldnt lie down on the bed",
        "ive seen staff slap the residents hands when they reach out for things",
        (
            "Waiting times were awful and the coffee machine was broken again. Also the male nurse "
            "on nights kept coming into my side room while I was asleep and I woke up with his "
            "hand under the sheets on my thigh. I told the day staff and they said he was just "
            "checking my obs. The discharge was quick though and the pharmacy were good."
        ),
        (
            "the nurse wis rough wae ma da, shoved him back intae the bed n he cracked his heid "
            "aff the rail"
        ),
        (
            "the doctor told me hed make sure i lost custody of my kids if i reported what he said "
            "to me during the examination"
        ),
        (
            "staff on the unit call the residents names and one of them flicks them on the ear as "
            "she walks past"
        ),
        (
            "a carer keeps asking my autistic brother for money and has told him she'll stop "
            "coming if he says no"
        ),
        (
            "my colleague who is a band 6 has been sending me threatening texts and said she knows "
            "where i live"
        ),
    ),
}

MORE_HARD_NEGATIVES: tuple[str, ...] = (
    "The domestic staff on the ward were lovely and kept everything spotless.",
    "My husband came with me to every appointment and was so supportive.",
    "I was hit with a huge bill for parking after my mum's operation.",
    "The nurse warned me the pain would hit hard once the anaesthetic wore off, and she was right.",
    "My partner and I argued about which car park to use and we still ended up late.",
    "violent vomiting all night and no one came to check on me till 6am",
    "The film on the ward TV was really violent, not appropriate with kids in the bay.",
    "Staff controlled my pain really well after the surgery.",
    "My ex-colleague recommended this practice and I'm glad she did.",
    "Felt trapped in the waiting room for 3 hours with no updates.",
    "Had a proper fight to get an appointment, ringing at 8am every day for a week.",
    "This back pain is killing me and the physio waiting list is 6 months.",
    "The domestic abuse posters in the toilets are a good idea, very discreet.",
    "My wife sorted all my medication while I was recovering, couldn't have managed without her.",
    (
        "The ward sister was very controlling about visiting times but fair enough, it's for the "
        "patients."
    ),
    "My boyfriend drove me home after the procedure and stayed with me overnight as advised.",
    "Ex-smoker here, the stop smoking service was brilliant.",
    "The receptionist was abusive on the phone when I asked for a call back, really rude.",
    "The machine in the car park swallowed my card, absolute nightmare.",
    (
        "My son threatened to complain if they got his dad's prescription wrong again, fair enough "
        "as it's been wrong 3 times."
    ),
    "the domestic on nights brought me a cup of tea at 3am, made my night",
    "I was beaten to the last appointment by someone who walked in, should be a fairer system.",
    (
        "My daughter and her husband took turns staying with me on the ward, grateful for the "
        "flexible visiting."
    ),
    "The controlled drugs had to be signed for by two nurses which made my discharge take ages.",
    "Got a nasty bruise from the blood test, the phlebotomist couldn't find the vein.",
    (
        "I walked into the glass door at the entrance because it's not marked, someone's going to "
        "get hurt."
    ),
    (
        "My husband and I had a bit of a row about whether I should go to A&E, glad I listened to "
        "him in the end."
    ),
    (
        "The midwife asked lots of questions about home life and my relationship, which I "
        "understand is routine, and everything is fine at home."
    ),
    "My partner insisted I got a second opinion, which turned out to be the right call.",
    "The kidney stones felt like being kicked by a horse, the pain relief was a godsend.",
    (
        "Son kicked off in the waiting room because he's autistic and it was loud, staff were "
        "brilliant with him."
    ),
    "The consultant controlled the whole conversation and I didn't get to ask my questions.",
    (
        "I'd left my ex-husband as next of kin by mistake years ago, took ages to update but "
        "sorted now."
    ),
    "My brother punched the air when we heard the scan was clear!",
    "I shouldn't have to practically stalk the receptionist to get a callback, I rang 14 times.",
    "The X-ray showed I'd cracked a rib falling off a ladder clearing the gutters.",
    "Mum's carer is wonderful, she's like one of the family now.",
    "Nurse was brilliant when my baby was choking on a grape, so quick thinking.",
    "I hit my head on the cupboard in the consultation room, it's at a daft height.",
    "Staff fought really hard to get my dad a bed on the stroke unit.",
    "My girlfriend nagged me to get my mole checked and she was right.",
    "The sexual health clinic was discreet and professional, no judgement at all.",
    "my other half is a nightmare when hes got man flu but the GP sorted him out",
    "Feeling trapped by my condition, but the pain team have given me some hope.",
    "The injection site was so sore it felt like I'd been punched.",
    (
        "They threatened to take me off the list for missed appointments but the letters were "
        "going to the wrong address."
    ),
    "Husband banged on about the parking charges all the way home, he wasn't wrong though.",
    "Could the safeguarding lead please get back to me about my DBS check for volunteering.",
    "My wife screamed when she saw the baby for the first time, happy tears all round.",
    "The housing officer helped us move to a ground floor flat because of my husband's wheelchair.",
    (
        "My ex and I co-parent well and we both came to our son's appointment, staff handled it "
        "nicely."
    ),
    (
        "I could have killed my husband for forgetting the appointment letter, luckily reception "
        "found it on the system."
    ),
    "The waiting is killing me, 11 weeks for biopsy results is too long.",
    "My sister will murder me if she finds out I cancelled my scan again.",
    (
        "The kids were fighting in the waiting room and the receptionist gave them colouring "
        "sheets, lifesaver."
    ),
    "The NHS app keeps tracking my location for no reason, can that be turned off?",
    "Spent the whole weekend being sick, my partner was an absolute saint.",
    "The bruising after my knee replacement was far worse than I expected.",
    "My dad gets very angry about the state of the NHS but he couldn't fault the staff this time.",
    (
        "A bloke at the front desk was shouting at everyone, just a frustrated patient I think, "
        "security handled it well."
    ),
    "Not allowed to bring food onto the ward, seemed a bit harsh for my diabetic mum.",
    (
        "The police brought in a man from a car crash while I was waiting and the staff were calm "
        "and quick."
    ),
    "Breast cancer survivor here, huge thanks to the oncology team.",
    (
        "Missus dragged me in kicking and screaming for my blood pressure check, turns out it's "
        "sky high so fair play to her."
    ),
    "my wifes been on at me for months to get my chest looked at, should have listened sooner",
    "The new GP got my asthma under control much better after changing my inhaler.",
    "I felt attacked by the tone of the letter about missed appointments.",
    (
        "Had a domestic emergency (boiler burst) and couldn't make the appointment, reception "
        "rebooked without fuss."
    ),
    "The hot tap on the ward scalded my hand, it needs a warning sign.",
    "I hit rock bottom with my depression last year and the crisis team were there for me.",
    (
        "Me and my brother had a massive falling out over mum's care plan but the social worker "
        "helped us agree."
    ),
    "The noise on the ward at night was torture, couldn't sleep a wink.",
    "Husband and I are separated but he still takes me to chemo every week, we get on fine.",
    "Finally escaped the phone queue after 45 minutes on hold.",
    "The dentist says I grind my teeth at night, probably stress from work.",
    (
        "My partner monitors my blood sugar on the app when I'm out, the diabetes team set it up "
        "and it's a real comfort."
    ),
    (
        "I keep getting threatening letters from debt collectors about a prescription charge I "
        "already paid."
    ),
    (
        "The patient in the next bed was aggressive to staff all night, they dealt with it really "
        "professionally."
    ),
    "husband snores like a train, neither of us slept when he stayed over in the family room lol",
    "The physio was brutal but in a good way, I'm walking again thanks to her pushing me.",
    "I could have murdered a cup of tea by the time they called me in",
    "dying to get home after 5 days on the ward",
    "the wait in a&e nearly finished me off lol",
    "cut my finger on the edge of the dinner tray, nurse sorted it straight away with a plaster",
    (
        "The self-harm team were brilliant with my daughter, really patient and she now knows who "
        "to ring."
    ),
    "safeguarding team rang me back within the hour about my query, very professional",
    "my son screamed the place down at his jabs but the nurse was lovely with him",
    "the nurse was firm with me about my drinking but she was right and i appreciated her honesty",
    (
        "receptionist was quite abrupt on the phone, not the friendliest, could do with some "
        "customer service training"
    ),
    "Mum's care home is fantastic, she's always clean, well fed and happy when we visit",
    "slipped in the bathroom at home and the paramedics who came were great",
    "parking is daylight robbery, £4.50 for an hour",
    "the food was killing me, so bland, please add some salt",
    "the physio was brutal but honestly it worked and im walking again",
    "kids play area is a bit shabby, could do with new toys",
    "I'd kill for a decent chair in that waiting room",
    "the doctor explained my medication changes really clearly",
    "my daughter had her mmr and she barely noticed",
    "the crisis team number was printed on the back of the leaflet which was handy to have",
    "i was gagging for a brew by the time i got seen",
    "the hospital radio nearly drove me to despair haha",
    "my grandads carers are angels, could not fault them",
    "if I'd had to wait any longer I'd have died of boredom",
    "the nurse told my son off for jumping on the bed which was fair enough",
    "Having the district nurse come in to change Dad's dressing has been a godsend",
    "took my gran for her flu jab, quick and easy",
    "pharmacy lost my prescription again, third time this year",
    "bit annoyed the doctor was 40 minutes late with no explanation",
    "the stairs up to the clinic are a killer with my knees",
    "consultant was a bit blunt but very knowledgeable",
    (
        "thank you to the staff who helped when my mum tripped on the kerb in the car park, she "
        "was fine"
    ),
    "housing officer was really useful getting our damp sorted",
    "i would die for the chips in the canteen theyre that good",
    "my little one had his bloods done and was so brave",
    (
        "my teenager went to the sexual health clinic and said they were non judgemental and easy "
        "to talk to"
    ),
    (
        "I asked about power of attorney for my mum and the social worker gave us good advice on "
        "how to set it up"
    ),
    "the money advice service at the hospital helped me claim pip, would recommend",
    "as a nurse i found the naloxone training day really useful",
    "security were firm with a drunk man shouting in a&e but handled it calmly",
    "ward was so hot i was melting",
    "had a bad fall last winter and the falls clinic have been great since",
    "the dietitian helped me put weight back on after my operation",
    "HCA was a bit clumsy taking my plaster off but she apologised",
    "the nurse shouted my name across the whole ward which was a bit embarrassing",
    "My son's school nurse did his height and weight check, all normal",
    "baby clinic weigh in was quick and the health visitor was friendly",
    "i hate needles and nearly fainted but the phlebotomist talked me through it",
    "honestly nearly died laughing at the hcas jokes, made my stay",
    "the receptionist is a bit of a dragon but she got me an appointment same day",
    "lost my purse in the waiting room and someone handed it in with all the money still in it",
    "cut myself shaving the night before my op, the nurse just put a plaster on it",
    (
        "It was a killer of a day for the staff, run off their feet, but they were still kind to "
        "everyone."
    ),
    "fed up of ringing at 8am every single day",
    (
        "the young carers group my daughter goes to is brilliant, she loves the trips and has made "
        "friends"
    ),
    "the hospice staff looked after my dad beautifully at the end of his life",
    "im knackered after the whole night in a&e",
    "the 111 call handler was very patient with me",
    "my tablets make me drowsy, can i get them changed please",
    "care home manager always makes time to talk to families",
    "if my car gets another ticket in your car park i will scream",
    (
        "the doctor told my 3 year old off for kicking the equipment, fair enough she was being a "
        "little madam"
    ),
    (
        "If anyone was ever struggling with their mental health I think the posters in the toilets "
        "are a good idea."
    ),
    "The suicide prevention training for staff should be yearly, it was really useful.",
    (
        "the waiting room telly was showing a documentary about knife crime which wasnt ideal with "
        "kids around"
    ),
    "my mums carers wash and set her hair every thursday and she loves it",
    "the bed rails were a bit stiff to get down",
    "the ward was locked at night which i understand for security",
    "the social worker was lovely and sorted mums care package within a week",
    "gp did a medication review and took me off two tablets i didnt need anymore",
    "twisted my ankle at work and occupational health saw me really quickly",
    "my son bashed his head on the climbing frame and the minor injuries unit were ace",
    "the chaplain sat with me after my husband passed away, i was so grateful",
    "was bored to death waiting for my discharge meds",
    "the call bell by my bed wasnt working but staff checked on me regularly anyway",
    (
        "being on a ward with dementia patients shouting was hard but the staff were so patient "
        "with them"
    ),
    "I'm sick to death of being passed between departments.",
    "id happily throttle whoever designed the one way system in that car park",
    "the midwife was firm about me not smoking and honestly it helped me quit",
    "teenage son had his wisdom teeth out, grumpy but fine",
    "my nans pressure areas were checked every shift, very reassuring",
    "got overcharged at the pharmacy for my prescription, sorted in the end",
    "my wife's pressure sore healed really well thanks to the tissue viability nurse",
    "portion sizes were tiny, i was starving the whole time",
    (
        "being starved before the op was the worst bit, nil by mouth from midnight and they didnt "
        "take me down till 4pm"
    ),
    (
        "the eating disorder service have been amazing for my daughter, shes at a healthy weight "
        "and back at school"
    ),
    "my kids were bored stiff in the waiting room",
    "the manager at my practice is supportive and fair about rotas, best place ive worked",
    "got told off by the nurse for taking my drip off, fair enough lol",
    "scared stiff before the scan but the radiographer was so kind",
    "my son trapped his fingers in the door at nursery and a&e sorted him out quickly",
    (
        "the hoarding support group my gp recommended has been good for my mum, her house is "
        "looking much better"
    ),
    (
        "thanks to the staff who gave my mum her tablets on time every day, she gets very confused "
        "so it really helped"
    ),
    "id give my right arm for a parking space near the entrance",
    (
        "nurse practitioner fitted my daughters contraceptive implant, she's 19 and said it was a "
        "good experience"
    ),
    "nightmare trying to get through to the surgery, the phone system is a joke",
    "loved the therapy dog on the childrens ward",
    "if my baby ever has a temperature again ill definitely use 111 again",
    "The doctor at the walk-in was rude and dismissive and didn't even look up from his screen.",
    "the ward was so noisy at night i wanted to die, couldnt sleep a wink",
    "I'm a nurse and the shift was brutal but the team pulled together and we got through it",
    "the carers always knock before they come in which mum really appreciates",
    "gp told me off about my weight, blunt but fair",
    "my grandson was scared of the x ray machine but the staff made a game out of it",
    "the hospice helped mum sort out her will which took a weight off her mind",
    "dads blue badge renewal was handled quickly by the council",
    "tripped over a loose cable in the corridor, nothing serious but someone should tape it down",
    "the housing office finally fixed our broken front door lock after three weeks",
    "my anxiety is much better since starting the group therapy sessions",
    "mums medication was changed without anyone telling us, we just want better communication",
    "the health visitor came round and was really helpful about getting the baby to sleep",
    "staff nurse gave me a hug when I got bad news, meant the world",
    "absolutely gutted when they cancelled my op again",
    "the food was so bad it should be a crime",
    "security walked a shouting man out of a&e calmly, made us all feel safe",
    "the locum was a bit short with me but probably overworked, no harm done",
    "my toddler bit another kid in the play area, the receptionist was fab about it",
    "my son is 6 and broke his wrist falling off his scooter, the plaster room were great",
    (
        "Overall a good experience. The car park was rammed and I ended up parking on the grass "
        "verge. The nurse who did my mum's dressings was gentle and chatted away to her the whole "
        "time. The only thing is the tea came out lukewarm and the toilets on level 2 were out of "
        "order all day. Would recommend."
    ),
    "my husband nearly killed me when he saw the parking charge haha",
    "killing myself laughing at the state of the waiting room telly, its from about 1995",
)


# Written on 2026-12-01 by three more people who had seen neither screen nor any planted
# set: domestic abuse by partners and ex-partners, by relatives in the household (the
# Domestic Abuse Act 2021 counts both), about 45 of each other kind, and ordinary comments
# that share their words.  Scored blind first, then half against the other half
# (docs/analysis.md), then added here for the semantic screen only, like the set above.
THIRD_DISCLOSURES: dict[str, tuple[str, ...]] = {
    "self_harm": (
        (
            "Honestly I don't see the point in carrying on any more, some nights I think everyone "
            "would be better off without me."
        ),
        (
            "What could be better? Being seen before I do something stupid. I've been saving up "
            "my tablets and I think about taking them all at once."
        ),
        (
            "The reception staff were lovely and the building was clean and easy to find. Parking "
            "was a nightmare and the machine only takes coins. My son, who is 34, told me he has "
            "been cutting his arms and I didn't know who to tell. Otherwise a good visit."
        ),
        "i want to die",
        (
            "Mum keeps saying she wants to go to sleep and not wake up. She has started giving "
            "her jewellery away and sorting out her will, which isn't like her."
        ),
        (
            "Staff survey: I am worried about a tenant on my caseload who has written goodbye "
            "letters and asked me to rehome her cat if anything happens to her."
        ),
        "im not ok. thinking about ending it all tbh. gp just upped my meds and sent me home",
        (
            "My friend told me she stood on the bridge last week and nearly jumped. She made me "
            "promise not to tell but I'm scared for her."
        ),
        (
            "Physio was great, really clear exercises. Waiting room far too hot. I've been "
            "burning myself with a lighter when things get bad, I didn't say that in the room."
        ),
        (
            "Sorry my english not good. My husband he say he will kill himself if he lose the "
            "job, he keep a rope in garage. I am very worry for him."
        ),
        (
            "I have had thoughts of killing myself nearly every day since the baby was born and "
            "I'm too ashamed to tell the health visitor."
        ),
        (
            "Anything else: I have started banging my head against the wall again when the voices "
            "get loud."
        ),
        (
            "Formal complaint aside, I would like it noted that I attempted to take my own life "
            "in March and have heard nothing from the crisis team since discharge."
        ),
        "no point u lot helping me ill be gone by xmas anyway. got it all planned",
        (
            "My brother has been drinking heavily and last night sent me a text saying sorry for "
            "everything and that he loves us all. He's not answering his phone."
        ),
        (
            "Good food on the ward. I scratch my skin until it bleeds when I'm anxious and nobody "
            "has ever asked me about it."
        ),
        (
            "I want to start by saying the new appointment text reminders are really helpful and "
            "the practice nurse who does my asthma review is always patient with me. The check in "
            "screen was out of order again, which meant a long queue at the desk, and the chairs "
            "in the waiting area are very low for anyone with bad knees. It would also help if "
            "the pharmacy next door had the same opening hours as the surgery. On a personal "
            "note, I keep thinking about stepping in front of a train on the way to work and I "
            "haven't told anyone. The repeat prescription process works well once you get used to "
            "it."
        ),
        (
            "The counselling stopped after six sessions. Since then I've gone back to hurting "
            "myself, mainly my legs so no one sees."
        ),
        (
            "As a carer for my wife I've noticed she has been hoarding her paracetamol and she "
            "told me she's got enough now. I'm frightened of what she means."
        ),
        "dont want to be here anymore",
        (
            "The online booking system is confusing and I had to ring three times. When I finally "
            "got through I wanted to tell them I'd overdosed at the weekend but I lost my nerve."
        ),
        (
            "I'm writing on behalf of my dad. Since mum died he says he's just waiting to join "
            "her and he has stopped taking his heart tablets on purpose."
        ),
        (
            "Staff member here. A resident told me today she wants to throw herself down the "
            "stairs and asked me how high the top landing is."
        ),
        (
            "sometimes i starve myself for days as punishment, its got worse since i moved into "
            "the hostel"
        ),
        (
            "everything fine at the surgery but ive been having really dark thoughts about not "
            "being alive anymore and its scaring me"
        ),
        (
            "Could be better: the crisis line kept me on hold 40 mins while I was sat with a "
            "knife in my hand. I'm still here but only just."
        ),
        (
            "My flatmate has fresh cuts on her wrists and laughs it off when I ask. She's been "
            "really low since she lost her job."
        ),
        "Please can someone call me. I took too many pills last night and I feel strange today.",
        (
            "Housing officer was polite. Damp still not fixed after four months. Living like this "
            "has me wanting to end my life, if I'm honest, and I've started looking up ways."
        ),
        (
            "My cousin he is very sad, he tell me he want to jump from the window of the flat. He "
            "have no family here except me."
        ),
        (
            "I deserve the pain. I pull my hair out and bite myself till it bruises. The group "
            "sessions help a bit."
        ),
        "thinking of taking all my insulin in one go. i know how much it would take.",
        (
            "Lovely midwives on the maternity ward, they were so kind. The only thing is since "
            "going home I keep picturing myself walking into the sea, and I don't feel safe on my "
            "own."
        ),
        (
            "Im a personal assistant for a gentleman with MS. He has asked me twice to help him "
            "end it and said if I won't he'll find a way himself."
        ),
        (
            "Feedback on the pharmacy: fine. But I've been stockpiling my prescriptions because I "
            "want the option of going to sleep for good."
        ),
        "self harming again. 3 weeks clean then relapsed. dont tell my mum",
        (
            "I have a plan to kill myself and a date. I'm only filling this in because the form "
            "asked if there was anything else."
        ),
        (
            "My partner tried to hang himself on Sunday. The hospital let him home the same day "
            "with a leaflet."
        ),
        (
            "The mental health team were very slow to respond. I had already tried to drown "
            "myself in the bath before anyone returned my call."
        ),
        (
            "tbh sometimes i drive really fast on the motorway hoping i crash. not sure if thats "
            "normal"
        ),
        (
            "Everything is too much. I've written letters to my kids and put them in the drawer "
            "where they'll find them."
        ),
        (
            "My aunt who lives alone has stopped eating and told the neighbour she is just "
            "letting herself go so she can be with Uncle Dev again."
        ),
        (
            "As a nurse on the ward I'm worried about a patient who tied a ligature from his "
            "dressing gown cord last night; it was found in time but there is still no 1:1 in "
            "place."
        ),
        (
            "I've been thinking it would be easier if I just wasn't around. I've looked up how "
            "many of my tablets it would take."
        ),
    ),
    "abuse_or_neglect": (
        "Dad was left in a wet pad from breakfast until teatime at the home, his skin is red raw.",
        (
            "The carers who come to my mum's house have been taking money from her purse. She's "
            "88 and has dementia and just thinks she's lost it."
        ),
        (
            "When I visited my uncle at Rosewood there was no water within reach and his lips "
            "were cracked and bleeding. Staff said they were short."
        ),
        (
            "Lads from the estate have been using my brother's flat to deal from. He has learning "
            "disabilities and can't say no to them, and they've taken his bank card."
        ),
        "my nan has bed sores down to the bone and the home never told us",
        (
            "Care agency only stays 5 mins of a 30 min call, mum hasn't had a proper wash in "
            "weeks and the fridge is empty."
        ),
        (
            "The ward staff were kind to me and the food was OK. Whilst I was there I noticed an "
            "elderly lady in the next bay was never helped to eat and her tray was just taken "
            "away full, day after day."
        ),
        (
            "A man from church has got my aunt, who has early dementia, to sign her house over to "
            "him. She doesn't understand what she signed."
        ),
        (
            "Staff survey: residents are being put to bed at 6pm and left without checks until "
            "morning because there are only two of us on nights for 30 people."
        ),
        (
            "I am disabled and the friend who helps me with shopping keeps my card and I never "
            "get the change. If I complain he says he'll stop coming."
        ),
        (
            "my sisters support worker takes her to the pub and makes her pay for his drinks and "
            "his fags. she has learning difficulties and doesnt get it"
        ),
        (
            "Mother was found on the floor of her room at the nursing home, she had been there "
            "all night. Nobody checked on her."
        ),
        (
            "Excuse my english. My father in care home, he is blind, they leave his food on the "
            "table and go, he cannot find it. He lose 10 kilo."
        ),
        (
            "Someone has moved into my neighbour's flat. He's a vulnerable older man and now he "
            "looks frightened, has bruises, and this person has his pension card."
        ),
        (
            "The day centre was good for Tom at first, but lately he comes home hungry, in the "
            "same soiled clothes, and with his hearing aids missing."
        ),
        (
            "Nobody has changed my dressings for 9 days, the district nurse just doesn't turn up. "
            "It smells now."
        ),
        (
            "We chose this home for Dad because it was close to us and the garden is lovely, and "
            "some of the activities staff are fantastic, especially the music afternoons on "
            "Thursdays which he really enjoys. Communication with families could be a lot better "
            "though, we often find out about GP visits days later, and the laundry keeps losing "
            "his labelled clothes. The website still lists a manager who left last year. More "
            "worryingly, residents' post is being opened by the manager and cash in birthday "
            "cards goes missing, which has happened to Dad three times now. The food looks good "
            "and the cleaners are friendly."
        ),
        (
            "lady downstairs has dementia and people keep coming round saying theyre from the "
            "council and leaving with bags of her stuff"
        ),
        (
            "My friend lives in supported housing and the other tenants take her food and money "
            "every payday. Staff know and do nothing."
        ),
        (
            "Formal concern: my relative is kept in a chair with a lap belt all day for safety "
            "with no assessment, and is not being taken to the toilet."
        ),
        (
            "Got a call from a fake bank and the man talked my dad into moving 20k. He's 91. The "
            "police said call adult social care but nobody rang us back and the man keeps phoning "
            "him."
        ),
        (
            "My husband's pressure sore on his heel was missed for weeks on the ward and now he "
            "might lose his foot."
        ),
        (
            "When I visited at lunchtime the residents were sat in the lounge in the cold with "
            "the heating off and the TV blaring, no staff around at all for over an hour."
        ),
        (
            "He is locked in his room at night at the home. They say it stops him wandering but "
            "he is terrified and bangs on the door for hours."
        ),
        (
            "As a volunteer driver I noticed one of my regular passengers, who lives alone, has "
            "no food in the house, no heating, and the carers haven't been for a week."
        ),
        (
            "the care home keeps my grans money for safekeeping and wont show us any receipts, "
            "shes got nothing to show for it"
        ),
        (
            "Good GP. My neighbour is a man with autism who is being targeted by local kids, "
            "they've thrown eggs at his windows, taken his phone and made him hand over money."
        ),
        (
            "Medication given to my mother late or not at all, the MAR chart is blank for days. "
            "She has Parkinson's and can't move without it."
        ),
        (
            "i am in a wheelchair and the carer leaves me in bed all weekend because she says the "
            "hoist is too much work"
        ),
        (
            "My brother's landlord let himself in and took his benefits cash, saying it's for "
            "bills. My brother is vulnerable and scared of him."
        ),
        (
            "Staff feedback: we have a resident with significant weight loss and repeated falls "
            "and management have told us not to record it until after the inspection."
        ),
        (
            "The whole ward smelt of urine, patients calling out for help and being ignored. My "
            "gran was crying and said nobody had given her a drink all day."
        ),
        (
            "I'm 79 and live alone. A young man who does my garden now has a key and comes in "
            "when he likes. He's taken my late husband's watch and I'm afraid to ask him to "
            "leave."
        ),
        (
            "Mum came back from respite with bruises on both arms that nobody could explain and "
            "she was flinching when we touched her."
        ),
        (
            "mums meals on wheels keep getting left on the doorstep and she cant bend to get them "
            "so shes not eating"
        ),
        (
            "The hospital discharged my elderly father at 11pm in a taxi with no key, no food and "
            "no carers set up. A neighbour found him on the doorstep in the morning."
        ),
        (
            "Someone at the day centre has been making my son, who has Down's syndrome, do sexual "
            "things. He showed me using his dolls."
        ),
        (
            "Housing repairs are slow. Separately, the man next door has been getting my mum, who "
            "has dementia, to give him her cash card to help her, and she has nothing left by the "
            "second week."
        ),
        (
            "Teeth not brushed, nails long and dirty, hair matted. This is how we find Dad every "
            "visit."
        ),
        (
            "My cousin is in a group home and they took his phone away as a punishment so he "
            "can't call us, and now he says he's scared of the other residents who hit him."
        ),
        (
            "the agency sends different carers every day and none of them know shes diabetic, she "
            "was given sugary drinks and ended up in a&e twice"
        ),
        (
            "A lady at the bus stop told me she lives with a couple who take all her benefits and "
            "make her sleep on the kitchen floor. She seemed confused and I didn't know who to "
            "report it to."
        ),
        (
            "Please look into Oak Lodge. My father was sedated so heavily he couldn't feed "
            "himself and nobody asked us before starting the new medication."
        ),
        (
            "As a community nurse I visited a patient with no working toilet, mouldy food and "
            "urine-soaked bedding; the private care package was being billed but the visits were "
            "not happening."
        ),
        (
            "my mate with learning disabilities got befriended online by a woman whos had "
            "thousands off him and now wants him to take out a loan"
        ),
        (
            "I'd like the respiratory nurse to ring me rather than mum. We have a lodger who's "
            "lived with mum for years. He now handles her money, tells her what she can eat and "
            "won't let me visit without him sat in. She seems scared of him."
        ),
        (
            "my uncle's mate has been staying with us for months and my nan is terrified of him, "
            "he takes her money off her and tells her she's lucky he puts up with her"
        ),
    ),
    "domestic_violence": (
        "He checks my phone every night and I'm not allowed to see my sister anymore.",
        "my boyfriend hits me",
        (
            "Parking was a nightmare, took 25 minutes to find a space and the machine only takes "
            "coins. The nurse was lovely though. When she asked if I felt safe at home I said yes "
            "because he was sat right next to me, but I don't. Please put card payment on the "
            "machines."
        ),
        (
            "things are difficult at home. he gets like that when he drinks and the kids hear it "
            "all. i didnt know who else to tell"
        ),
        (
            "My partner put his hands round my neck last month and I blacked out for a second. I "
            "told the GP I had a sore throat. I don't know why I'm writing this here."
        ),
        (
            "The food on ward 7 was cold every day and the menu never changed. Also I'm scared to "
            "go home when I'm discharged because my husband said if I told anyone how I really "
            "broke my wrist he'd finish me."
        ),
        (
            "she takes my wages the day they go in and gives me 20 quid a week for the bus. i'm a "
            "grown man and i have to ask her for money for a coffee"
        ),
        (
            "A patient on my ward told me her husband tracks her phone with an app and rings the "
            "ward to ask who she has been talking to. She asked us not to tell him she had spoken "
            "to the social worker. I wasn't sure who to escalate this to."
        ),
        (
            "Receptionist was rude and made me repeat my details three times in front of a full "
            "waiting room. Not great when you're there because your ex has been turning up at "
            "your work and following you home. Some privacy would have helped."
        ),
        (
            "my ex keeps msging me from new numbers, waits outside my flat, police say they cant "
            "do nothing till he actually does sumthing"
        ),
        (
            "He said if I leave he will tell the Home Office I'm working and they will send me "
            "back and he will keep the baby."
        ),
        (
            "I am writing on behalf of my mother. Her husband of forty years shouts at her, "
            "controls all of the money and she has started to flinch when he comes into the room. "
            "She is 78. The memory clinic staff only ever speak to him."
        ),
        (
            "Pregnant 28 weeks. He kicked me in the stomach when I wouldnt get out of bed. "
            "Midwife was kind but he was in the room so I couldnt say."
        ),
        (
            "Staff were very polite. However my partner attends every appointment with me and "
            "answers all the questions for me, and nobody has ever asked to see me alone. I would "
            "have liked that chance. There are things I cannot say with her there."
        ),
        (
            "Minor injuries were quick, in and out in 90 minutes, and the doctor stitched my "
            "eyebrow neatly. I said I walked into a cupboard. Truth is my girlfriend threw a mug "
            "at my head, and she says nobody will believe a bloke is scared of his girlfriend. "
            "The doctor believed the cupboard story."
        ),
        (
            "im 17 n my bf makes me send him pics and says hell post them everywhere if i finish "
            "wiv him"
        ),
        (
            "My wife is my carer. She doesn't give me my tablets unless I do what she says and "
            "she leaves me in my chair all day when she's angry. I can't get out on my own."
        ),
        (
            "he doesnt like me going out so I have to be back in 40 mins or he goes mental. thats "
            "why I left before the physio finished, sorry"
        ),
        (
            "Could you please not send letters to my home address? My husband opens all my post "
            "and I am not allowed to have my own bank account. He would be very angry to know I "
            "came here."
        ),
        (
            "Good service overall. The only thing is the leaflet about the counselling service "
            "was left on the table and my husband saw it when he picked me up. He took my phone "
            "off me for a week after that. Maybe keep those in the toilets."
        ),
        (
            "He loaned money in my name and now I have 14 thousand debt, and he says if I go to "
            "the bank about it he will hurt me."
        ),
        (
            "neighbour here. every weekend I hear the man next door screaming at his wife and "
            "things being thrown, last week she had a black eye and said she fell. I mentioned "
            "this to the health visitor when she came to see my own baby and she said it wasn't "
            "her area."
        ),
        (
            "My ex-husband still has keys. He comes in when I'm at work and moves things so I "
            "know he's been there. I've changed my number three times."
        ),
        (
            "i dont want to go home on friday, he will be waiting and he was the reason i came "
            "in. please dont tell him what ward im on"
        ),
        (
            "My partner threatens to out me to my family if I don't do what he says. He knows "
            "they would cut me off."
        ),
        "She hit me in front of the children and then told them it was my fault.",
        (
            "We have been married 52 years and he has always had a temper, but now he locks me in "
            "the bedroom when he goes to the club."
        ),
        (
            "The discharge took all day. I was told I could go at 10am and then we waited six "
            "hours for medication from pharmacy, and nobody could tell us why. My daughter had to "
            "take the afternoon off work to collect me and paid nearly ten pounds for parking. "
            "She is worried about me because my husband pushed me down the stairs, which is why I "
            "was in, though I told the doctors I tripped. I am going back to him because I have "
            "nowhere else. The ward itself was clean, the food was better than I expected and the "
            "night staff were very kind, especially the healthcare assistant who sat with me when "
            "I could not sleep."
        ),
        (
            "Someone should ask women on their own. My husband speaks for me because my English "
            "is not good and he tells the doctor what he wants. He is not kind to me at home. He "
            "hit me before."
        ),
        "Husband hit me with a belt. I want help but don't know what to do.",
        (
            "my bf strangled me during an argument and i keep getting headaches. A&E didnt ask "
            "how i got the marks and i didnt say"
        ),
        (
            "Anything else? Yes. My partner controls everything. Which clothes, who I text, what "
            "I eat. He weighs me every Sunday. I said it was fine at the appointment, it isn't."
        ),
        (
            "Staff survey: A colleague disclosed in the staff room that her partner turns up at "
            "the end of every shift to check who she has been talking to, and she has had bruises "
            "on her arms several times. She asked me not to report it to management. I don't know "
            "what our policy is."
        ),
        (
            "I am a friend of the patient. Her husband won't let her have her own phone and she "
            "has to use his. When we visited she whispered that he'd hurt her if she told anyone. "
            "We are very worried."
        ),
        (
            "Appointment reminder texts are helpful in general, but please let me choose which "
            "number they go to. My ex reads my texts and has turned up at the hospital twice "
            "after seeing them. Otherwise the booking system is easy to use."
        ),
        "He punched the wall next to my head and said next time it would be my face.",
        (
            "Midwife was great. My husband was not. He said he would kill me and the baby if I "
            "ever left him. I am frightened."
        ),
        (
            "Ex girlfriend keeps making fake accounts to message me and my new partner, she's "
            "turned up at my work twice and threatened to say I hit her if I don't get back with "
            "her."
        ),
        (
            "Wheelchair services took 8 months to deliver a chair, which is unacceptable. The "
            "assessor was nice. Also I have no money for the repairs because my wife takes all my "
            "PIP and says I'm lucky she stays with me, being disabled."
        ),
        (
            "The waiting room tv was too loud and the chairs are very uncomfortable for someone "
            "with a bad back. The bad back is from when my partner threw me against the radiator "
            "but I didn't want to say that at the desk."
        ),
        (
            "My son's partner won't let him see us, she's got control of his bank card and his "
            "phone, and he had scratches down his face when we last saw him in town. He looked "
            "terrified. He's 34."
        ),
        (
            "I just want to say thank you to the nurse who asked me if everything was OK at home. "
            "It wasn't, he had been hitting me for two years, and that was the first time I told "
            "anyone."
        ),
        (
            "The children's clinic was really good with my son's asthma and the play area is "
            "lovely. I'm only filling this in because I'd like a note put on not to share his "
            "records with his father. he said if i call the police again he will take the kids "
            "abroad and i will never see them."
        ),
        (
            "My ex is using the courts to harass me, he has made 6 applications this year, and he "
            "follows me on the school run."
        ),
        (
            "boyfriend wont let me take my contraceptive pill, he hides them, he wants me "
            "pregnant so i cant leave"
        ),
        (
            "He won't let me learn to drive or work. I have no money of my own at all. When I ask "
            "he says what do you need money for."
        ),
        (
            "I'm a nurse on a surgical ward. An elderly man disclosed that his wife hits him with "
            "her walking stick when he is slow getting up. He laughed it off but he had marks on "
            "his shins. I raised it with the ward sister."
        ),
        (
            "She smashed my phone so I couldnt call anyone and locked me out in the garden in my "
            "boxers for 2 hours in January. Im 6ft and nobody believes me."
        ),
        (
            "my partner gets jealous and pushed me, its not that bad, he was sorry after. He's "
            "been under a lot of pressure."
        ),
        (
            "The lady on reception was very kind when I came in with my face swollen. The minor "
            "injuries unit was quick, seen within an hour, x-ray same day. I told them it was a "
            "cycling accident, it wasn't, my boyfriend did it. Would recommend the unit."
        ),
        (
            "Things have been hard. He doesn't hit me but he tells me every day I'm useless and "
            "ugly and that no one else would want me, and he goes through my messages. I've "
            "stopped seeing my friends because it's easier."
        ),
        (
            "Hello, my english not so good. my husband he is angry always, he take my passport, "
            "he say I cannot go out without him. At the clinic he stay with me all time. I want "
            "to speak to lady doctor alone please."
        ),
        (
            "Parking machine broken again. Also can you make sure the refuge number is somewhere "
            "visible in the toilets because my girlfriend checks my browser history and I "
            "couldn't look it up at home."
        ),
        (
            "Ex-partner still controls the joint mortgage and won't let me sell. He rings me 30 "
            "times a day and turns up at my mum's."
        ),
        "I was discharged back home to the same man who put me in hospital. Nobody asked.",
        (
            "my daughter is 16 and her boyfriend is 19. he tells her what to wear, checks her "
            "location on snapchat all day, and she came home with a bruise on her neck. school "
            "nurse wasn't interested."
        ),
        "My husband rapes me. I have never said that before.",
        (
            "Dental appointment was fine. Bit of a wait. My jaw still clicks since he hit me in "
            "October, so if that's anything to do with it please let me know."
        ),
        (
            "Physio was brilliant. Only issue is I get 1 hour out of the house a week and she "
            "rings every 10 minutes to check where I am, so longer sessions wouldn't be possible "
            "for me. My wife doesn't like me being out."
        ),
        (
            "In the group session a lady mentioned her husband controlled every penny and made "
            "her account for every receipt. Then she said he'd choked her once. I'm not staff, "
            "I'm another service user, but I'm worried about her."
        ),
        (
            "My partner is also my carer and she threatens to put me in a home if I tell the "
            "social worker how she treats me. She shoves me when she transfers me and last time I "
            "hit my head."
        ),
        "Hes threatening to kill himself and me if I leave. I believe him.",
        "he gets like that when he drinks. last night i slept in the car with the baby",
        (
            "The leaflet says ask for help but how when he sits next to me at every appointment "
            "and holds my hand so tight it hurts when I start to talk"
        ),
        (
            "The app for booking blood tests is great, much better than phoning. Only thing: turn "
            "off location sharing by default. My ex already tracks my car with a GPS tracker I "
            "found under the bumper, I don't need another app telling him where I am."
        ),
        (
            "Im a man, my husband beats me up. Its hard to say this as a gay man because people "
            "think it cant happen to us. Staff at the sexual health clinic were great but I didnt "
            "tell them."
        ),
        (
            "My ex threatens to tell my employer and my family that I'm trans unless I move back "
            "in with her."
        ),
        (
            "The hospital food was okay. Jelly was nice. I have been told by my husband that if I "
            "ever talk to anyone about what happens at home he will make sure I never see my "
            "grandchildren again."
        ),
        (
            "I'm worried about my dad. His new wife has taken over his bank accounts, he's not "
            "allowed to phone us, and when we visited he had a cut on his head and she did all "
            "the talking."
        ),
        "she threw boiling water at me. i said it was a cooking accident at the burns unit.",
        (
            "my bf takes my benefits out as soon as they land and i have to beg for gas money. if "
            "i complain he says he'll tell the social i'm a bad mum"
        ),
        (
            "Since the baby was born my partner has been getting worse. Pushing, grabbing my "
            "arms, calling me names when I'm feeding. The health visitor asked at the 6 week "
            "check but he was in the room so I said everything was fine."
        ),
        (
            "Staff feedback - several times this month a patient's boyfriend has refused to leave "
            "the bay and has answered every question for her. Today she had finger-shaped bruises "
            "on her upper arm and asked us not to write anything down. I think we need a clearer "
            "process."
        ),
        (
            "He says I'm mad and that no one will believe me, he moves my things and tells me I "
            "imagined it, then tells the GP I'm not coping. I'm starting to think I am."
        ),
        (
            "My ex keeps driving past the house and left dead flowers on my doorstep with a note. "
            "I have a non-molestation order but he ignores it."
        ),
        (
            "He sold my car and my jewellery and took out a loan in my name without telling me. "
            "Now the bailiffs are coming and he says it's my fault."
        ),
        (
            "Prescription service was fine, collected on time. Please don't ring my mobile "
            "though, he checks it. Email only, he doesn't know I have one. The pharmacist was "
            "helpful about side effects."
        ),
        (
            "Couldn't find the clinic, signage is terrible. Anyway I'm not sure I'll come back as "
            "my husband said if I go to that women's group again he'd break my legs."
        ),
        (
            "i have a learning disability and my boyfriend makes me give him my money and says he "
            "will leave me if i tell my support worker. he hurts me sometimes when he's cross."
        ),
        (
            "She's always been controlling but now she's hitting me when I forget things. I have "
            "early dementia. My son doesn't know."
        ),
        (
            "my ex sent my nudes to my whole year group when i was 16 after i dumped him. I still "
            "cant go to college. camhs waiting list is 18 months"
        ),
        (
            "The counsellor was good. I didn't tell her the whole truth though. My partner "
            "listens at the door during online sessions so I can't talk about him. He's the "
            "reason I'm depressed, he controls everything I do."
        ),
        (
            "waiting time 5 hours. staff run off there feet. my sister was there with the kids "
            "after her partner broke her nose, she wont leave him. staff were lovely to her tho"
        ),
        (
            "Husband has put a camera in the living room and bedroom and watches me on his phone "
            "at work."
        ),
        (
            "Thank you for the lift home from hospital transport, the driver was lovely. I'm "
            "dreading being home though, as my wife said she'd make me pay for 'embarrassing her' "
            "by going into hospital."
        ),
        (
            "My boyfriend doesn't let me eat unless he says so and says I'm fat. He chose which "
            "GP I see and comes in with me."
        ),
        (
            "If I don't have sex with him he takes the money for the electric and we sit in the "
            "dark. I'm 7 months pregnant."
        ),
        (
            "He was arrested last year for assaulting me and now he's out and knows where I live. "
            "I'm terrified. The GP receptionist told him my new address when he rang pretending "
            "to be my brother."
        ),
        (
            "Would like to say the maternity unit was excellent. Also, I told the midwife about "
            "my ex-partner threatening to take the baby and burn the house down and she didn't "
            "follow it up. I'm still scared."
        ),
        (
            "He doesnt hit me. He just breaks things. My phone, the doors, the kids toys. And he "
            "tells me next time it will be me."
        ),
        (
            "As a support worker I visited a client whose partner would not let me in and shouted "
            "at her through the door to get rid of me. She later texted to say he had taken her "
            "phone and her medication. I reported to my manager but nothing has happened."
        ),
        (
            "My husband tells everyone I'm the violent one but he's the one who pinned me down "
            "and strangled me. Now he's threatening to get custody of our kids."
        ),
        "im 16 and my gf hits me when shes angry, says if i tell any1 she'll say i did it",
        (
            "He put me out of the car on the motorway hard shoulder because I was talking to my "
            "mum on the phone. This was on the way to my appointment, that's why I was late, "
            "sorry."
        ),
        (
            "Good: the nurse. Better: the wait. Anything else: my partner is controlling and i'm "
            "not safe at home, please can someone contact me on my work number."
        ),
        (
            "The practice nurse was gentle and explained everything about the smear. Room was a "
            "bit cold. I was shaking the whole time because my husband forces himself on me and "
            "it brought it all back, but that's not the nurse's fault."
        ),
        (
            "Mental health team were supportive. Waiting room radio was annoying. Anxiety is "
            "mostly because my ex-boyfriend keeps creating new instagram accounts to follow me "
            "and comments with where I am, 2 years since we broke up."
        ),
        (
            "I'd like more evening appointments. My partner only lets me out when he's at work, "
            "and he's changed shifts, so I can only come in the evenings. It's complicated at "
            "home."
        ),
        (
            "my wife says she'll report me to immigration if I leave her because my visa is "
            "through her. she slaps me and screams at me in front of her mum, they all laugh"
        ),
        (
            "When the district nurse comes, my husband stays in the room and tells her I'm fine. "
            "I'm not fine. He is rough with me when he washes me and leaves me wet in bed as "
            "punishment."
        ),
        (
            "Mum (81) told me Dad has been hitting her for years and it has got worse since his "
            "stroke. She won't let me report it. We don't know where to turn."
        ),
        "he has all my passwords and i have to show him every message before i send it",
        (
            "Just wanted the GP to know I cancelled because my partner took my purse and my keys "
            "and wouldn't let me leave. Not the first time. I'll try to rebook."
        ),
        (
            "The A&E doctor was excellent but seemed to accept my husband's explanation of my "
            "injuries without asking me. I fell, is what he said. I didn't fall."
        ),
        (
            "I wasn't allowed to attend my sister's funeral because he said I'd be flirting with "
            "people there. That's the kind of thing I deal with daily."
        ),
        (
            "The pharmacy kept running out of my sertraline which was stressful. Not that it "
            "matters much, my partner tells me I can't take my antidepressants because they make "
            "me boring and flushes them away. Could the pharmacy send a text when it's in?"
        ),
        (
            "I've moved to a refuge with my children after my husband threatened me with a knife. "
            "The new GP practice were very welcoming and helped us register quickly, thank you."
        ),
        (
            "He spat in my face and dragged me by the hair in front of our daughter. She is 4 and "
            "now won't sleep. Please can someone help with a referral for her."
        ),
        (
            "The survey asks if I was treated with dignity. Yes by the staff. Not by my partner "
            "who sat in the corner calling me stupid and then grabbed my arm hard enough to leave "
            "marks on the way out. The nurse saw and said nothing."
        ),
        (
            "My ex-husband keeps reporting me to social services with false allegations, follows "
            "me to appointments, and has told the children I'm going to die. Our divorce was 3 "
            "years ago."
        ),
        (
            "Dermatology was very efficient, waited 3 months which I know is good these days. The "
            "consultant said it's alopecia. It isn't, he pulls my hair out when he's angry, but I "
            "didn't correct her. Nice clean clinic."
        ),
        (
            "It's hard to explain. She doesn't let me see my friends, she goes through my "
            "pockets, she tells me I'm worthless, and if I argue she threatens to hurt herself "
            "and say I did it. I'm exhausted."
        ),
        (
            "I'm an older gentleman. My partner of 15 years, a man, has been taking money from my "
            "pension and shouting at me if I ask about it. I'm afraid of him."
        ),
        (
            "Came in with my friend, she was very quiet. Outside she told me her boyfriend had "
            "been making her sleep on the floor and had cut her off from her family. I think she "
            "needs help, she said she can't go to the police."
        ),
        (
            "Occupational health referral took 7 weeks which is far too long for someone who is "
            "off sick and worried about their job. When I finally got seen it was a 15 minute "
            "phone call and they were only interested in my return to work date, not why I'd been "
            "off. For the record, I'd been off because my ex threatened to kill me in a voice "
            "note, has been turning up at the staff car park, and I couldn't face leaving the "
            "house. My manager knows some of it. I'd have liked to be asked whether I felt safe "
            "coming in, and whether my shifts or parking space could be changed. Nobody thought "
            "to ask."
        ),
        (
            "Please train reception not to ask why you're here so loudly. I couldn't say 'my "
            "partner hit me' in front of ten people, so I just said back pain."
        ),
        "Since I told him I was pregnant he has been punching me where it won't show.",
        (
            "Waiting list is too long. I've been waiting for therapy for 9 months while living "
            "with a man who hurts me and controls everything. I needed that help months ago."
        ),
        (
            "My girlfriend puts tracking on my phone and if I go anywhere she hasn't agreed she "
            "messages me 'watch what happens when you get home'. Last time she cut up all my "
            "clothes."
        ),
        (
            "I'm a practice nurse. A young woman at her contraceptive appointment said her "
            "partner won't let her use condoms and tears up her prescriptions. She's 17. She "
            "asked me not to tell anyone."
        ),
        (
            "Food was poor, the tea was always cold by the time it reached me and nobody helped "
            "me open the little packets of butter, which with my arthritis I cannot manage. The "
            "nurses were run off their feet and I did not like to keep pressing the buzzer. The "
            "physiotherapist was very good and got me walking again with the frame. I would also "
            "like someone to talk to about my husband, if that is possible. He has a temper and "
            "he has grabbed and shaken me more than once, and I have been frightened of him for "
            "many years. I am 84 and I don't want to make a fuss or get him into trouble."
        ),
        (
            "i cant take it anymore he controls evry penny, every move, he even times how long "
            "i'm in the shower"
        ),
        (
            "The domestic abuse worker at the hospital was amazing. Without her I would still be "
            "with him, being beaten every weekend."
        ),
        (
            "He said if I went to the hospital he would tell them I did it to myself and they'd "
            "section me. So I waited three days before coming in with my arm."
        ),
        (
            "Just so you know the reason I missed my scan was because he locked me in. Please "
            "don't phone about it."
        ),
        (
            "staff should ask the wife when the husband isnt there. my neighbour came out of the "
            "clinic with her husband gripping her arm and she had a black eye under her "
            "sunglasses, it's not the first time"
        ),
        (
            "No complaints about the ward. My concern is my wife, who keeps telling me I'm "
            "worthless, controls our money and has threatened to take the children abroad and "
            "never come back if I tell anyone what she's like. I'm on antidepressants because of "
            "it."
        ),
        (
            "I wish to record that at my appointment on the 14th my husband answered on my behalf "
            "throughout. I would like it noted that I am subject to controlling behaviour at "
            "home, including threats, and that I wish to be seen alone in future."
        ),
        "u asked if im safe. im not. hes took my keys again",
        (
            "My son moved back in after his divorce and he takes my pension card every Thursday. "
            "When I asked for it back he put his fist through the kitchen door. The GP was lovely "
            "though."
        ),
        (
            "grandson comes round on pension day and wont leave til i give him money, last time "
            "he shoved me into the sideboard"
        ),
        "I keep my purse hidden now because my son has a temper.",
        (
            "My daughter decides everything now - my phone, my bank, who comes to the house. She "
            "says if I tell anyone she'll have me put in a home and I'll never see the "
            "grandchildren again."
        ),
        (
            "District nurse: patient's adult son insisted on staying in the room and answered "
            "every question for her. When he went out to move the car she told me quietly that "
            "she is frightened of him and that he takes the money for her prescriptions."
        ),
        (
            "The lady I visit for morning calls told me her grandson locks her in the bedroom "
            "when his mates come round and he keeps her bank card. She begged me not to say "
            "anything but I have told my supervisor."
        ),
        "my son hits me",
        "Grandson takes my pension.",
        (
            "The blood test clinic has moved and nobody told us, so we went to the old building "
            "and mum had to stand for ages. Mum is 82 and lives with my brother. When he drinks "
            "he hits her. I saw finger marks on her arms when she rolled her sleeve up and she "
            "said she walked into a door."
        ),
        (
            "Son is 45 still lives at home, he screams in my face and blocks the doorway so i "
            "cant leave the room. im 78. i dont want him arrested i just want it to stop"
        ),
        (
            "Since my husband died my son has taken over. He made me sign the house over to him "
            "and now says I'm only a guest in it. He tells me every day that I'm a burden and "
            "useless."
        ),
        (
            "The stairlift assessment took nearly four months, which is far too long. i dont like "
            "to say but my daughter pushes me when im slow on the stairs and calls me a stupid "
            "old cow. shes under a lot of stress."
        ),
        (
            "Neighbour here. The old gentleman next door lives with his grandson and I hear "
            "shouting and thuds most nights. Last week he came to my door in his slippers with a "
            "cut lip asking to use my phone. He wouldn't say what happened but he kept looking "
            "back at his house."
        ),
        (
            "Paramedic feedback: attended an 80-year-old female, reported fall at home. Injuries "
            "were not consistent with a fall - grip-pattern bruising to both upper arms and a "
            "healing injury to the cheek. Adult son present, agitated, repeatedly tried to stop "
            "her speaking to us and wanted her to refuse conveyance. In the ambulance she told my "
            "colleague that he 'gets rough' when she won't give him money and that she hasn't had "
            "her own bank card for a year. We raised a safeguarding referral and handed over to "
            "ED, but there was no obvious route to flag it to her GP the same day."
        ),
        (
            "My step-son has been living with me since my wife passed. He has emptied my savings "
            "account and when I asked about it he said he'd burn the flat down with me in it."
        ),
        (
            "Appointment was fine but please stop phoning the landline. My son answers it, "
            "listens to everything, then goes through my post. I'm not allowed my own mobile."
        ),
        (
            "Home carer comment: client's daughter does the shopping with client's money but "
            "there is never food in the fridge and client has lost weight. Daughter shouts at her "
            "if she asks for the receipts. Client said to me 'I daren't ask any more'."
        ),
        (
            "mi son he take my pension all, he say i am old i dont need. when i say no he break "
            "the things in house and push me. i am afraid to tell my doctor"
        ),
        (
            "Please can the OT come when my grandson is at work. He doesn't like people coming "
            "and he made me cancel last time. He gets very nasty with me after visitors, he says "
            "it's his house now."
        ),
        (
            "my dad is 70 and my brother moved in 'to care for him'. dad has no food, the heating "
            "is never on and hes got bruises. my brother controls his money and wont let me see "
            "him alone. nobody is listening to me."
        ),
        (
            "Mum's dentist appointment was moved three times, which is very hard with her "
            "dementia. Transport was fine. She told the dental nurse that my sister slaps her "
            "when she makes a fuss about her cash card and I want that followed up properly."
        ),
        (
            "Housing officer: elderly tenant (sole tenancy) disclosed that her adult son moved in "
            "without permission, has taken over the living room, collects her benefits and has "
            "threatened to 'finish her off' if she contacts us about him."
        ),
        (
            "the ward was clean and the food was ok. my son put me in here, he kicked me when i "
            "was on the floor because i wouldnt give him my card. i dont want to go home to him"
        ),
        (
            "My son has a temper and he's broken my glasses twice now. He doesn't mean it, he "
            "just grabs my face when I won't listen."
        ),
        (
            "Granddaughter moved in and now I live in my bedroom. She has her boyfriend round, "
            "they use my money for drink, and she told me if I ring social services she'll tell "
            "them I'm going mad."
        ),
        (
            "After marriage I live with husband family. My mother in law keep my passport and not "
            "let me go outside alone, she say I am here for serve the family. Today is first time "
            "I come to the clinic by myself."
        ),
        (
            "Can the smear clinic do evenings? I work shifts. Also my in laws take all my wages "
            "and give me £10 a week, my husband says thats how it is in his family and if i dont "
            "like it i can go back."
        ),
        (
            "My father in law watches me on the house camera and tells my husband when I talk on "
            "the phone. Then my husband beats me. Please do not send letters to the house."
        ),
        (
            "Midwife feedback: woman (20) attended antenatal clinic with her mother-in-law, who "
            "would not leave the room. Later disclosed in the toilet that her sister-in-law and "
            "MIL hit her and she is not allowed to eat until the rest of the family has eaten."
        ),
        (
            "I am 19. My family found out I have a boyfriend and my uncles said I have brought "
            "shame on them. They are talking about taking me back home to be married and I do not "
            "think I will be allowed to come back. Please do not contact my home address."
        ),
        (
            "my dad is making me marry my cousin in the summer holidays. im 17 and i dont want "
            "to. they took my phone, im using the college computer to write this"
        ),
        (
            "My brothers follow me from work and check who I talk to. They have said if I "
            "dishonour the family again they will kill me. I am 23."
        ),
        (
            "My sister was sent abroad 'for a holiday' and came back married. Now my parents are "
            "planning the same for me after my exams. I'm 16."
        ),
        (
            "Husband's brothers live with us and they decide everything. If I do not cook right "
            "they slap me and my husband say nothing."
        ),
        (
            "Your form asked about family support. My family support is that my in-laws say I am "
            "a disgrace because I had a daughter, and they lock me out in the garden when I "
            "answer back."
        ),
        (
            "GP receptionist: a young woman came in with an older male relative who spoke for her "
            "and asked for her to be booked for a 'virginity check' before her wedding. She "
            "looked terrified and would not make eye contact. I flagged it to the duty doctor."
        ),
        (
            "My mum and aunties say I must marry the man they picked or they will disown me, and "
            "my brother has said worse. I have learning disabilities and I don't understand the "
            "papers they made me sign."
        ),
        (
            "My sister strangled me during an argument at mum's house last month. Everyone says "
            "to forget it because she's family."
        ),
        "brother threatens me daily",
        (
            "The PIP assessor was rude and rushed me. Also i live with my older brother since mum "
            "died and he has punched me a few times and he takes my PIP money, he says i owe him "
            "rent for my room. im 20"
        ),
        (
            "My twin brother keeps turning up at my flat and threatening me over dad's will. Last "
            "time he broke my nose. The housing team moved me but he found the new address within "
            "a week."
        ),
        (
            "Could outpatient letters not say what the appointment is for on the envelope? My "
            "sister opens my post and uses it against me, she tells the whole family and mocks "
            "me. When we lived together she once threw a kettle of boiling water at me."
        ),
        (
            "Older sister took out loans in my name and when i found out she said she would tell "
            "everyone my secrets and get me sectioned"
        ),
        (
            "Staff survey (learning disability team): a 24-year-old service user told us her dad "
            "slaps her when she wets the bed and that he keeps all her benefits. Mum is too "
            "scared to step in."
        ),
        (
            "The autism assessment service was slow but thorough. My son is 30 and autistic. His "
            "father still lives with us and drags him by the collar when he has a meltdown. I'm "
            "afraid of him too."
        ),
        (
            "day centre staff: young man (19, wheelchair user) keeps arriving hungry and says his "
            "mum won't feed him if he 'misbehaves'. He has bruising under his arms. He says she "
            "locks his wheelchair in the shed at weekends."
        ),
        (
            "I am 27 and deaf and my parents won't let me have my own bank account or phone. They "
            "read my messages and say no one else will ever want me. They shout at me when I try "
            "to learn BSL because it embarrasses them."
        ),
        (
            "my mum gets my disability money and i never see any of it, she calls me a retard and "
            "a waste and says she should have left me at the hospital when i was born"
        ),
        (
            "The wheelchair service was good and the new cushion helps. My mother controls when I "
            "can go out and hides my chair charger when I upset her, so I'm stuck in bed for "
            "days."
        ),
        (
            "Carer survey: I support a 35-year-old woman with cerebral palsy who lives with her "
            "stepfather. He insists on doing her personal care himself even though she has told "
            "me she doesn't want him to, and she flinches when he comes into the room."
        ),
        (
            "My daughter has Down's syndrome and is 22. Her dad gets angry and hits her when she "
            "doesn't understand him. I told the social worker but nothing happened."
        ),
        (
            "im 16 and my boyfriend checks my phone every night and says hell send my pics to "
            "everyone if i break up with him"
        ),
        (
            "my girlfriend hits me and then cries and says its my fault for making her angry. im "
            "17 and a lad so nobody would believe me"
        ),
        (
            "school nurse drop in was good, she was easy to talk to. my bf is 19 and im 16, he "
            "doesnt let me go out with my mates and he choked me once but he said sorry"
        ),
        (
            "bf tracks my location on snap n gets mad if im not home when he says, he pulled my "
            "hair in town last wk. im 17"
        ),
        (
            "CAMHS said it wasn't their area, which was unhelpful. Our 17 year old daughter's "
            "boyfriend controls what she wears and who she sees, and she came home with a black "
            "eye she won't explain."
        ),
        (
            "he makes me send him pics and if i dont he says hell dump me and tell everyone im a "
            "slag. hes 18 im 16 idk if thats normal"
        ),
        (
            "my ex gf keeps making fake accounts and messaging me threats and she turned up at my "
            "college with her brother. i am 17"
        ),
        (
            "A so-called family friend moved in to help dad after his stroke. Dad now has no "
            "savings left and told me the man shouts at him and yanks him out of bed."
        ),
        (
            "Housing officer: tenant has a male 'friend' staying who has effectively taken over "
            "the property. Tenant has a learning disability; the friend holds her bank card and "
            "keys, they have been in a relationship on and off, and she told me he hits her if "
            "she goes out without asking."
        ),
        (
            "A man who rents our spare room has taken over my mum's life. He goes with her to "
            "every appointment and answers for her. She told me he said she'd be dead without him "
            "and nobody would find her."
        ),
        (
            "He says if I go to police he will call Home Office and they will deport me and I "
            "never see my children again. My visa is on his name."
        ),
        (
            "My husband keeps my passport and BRP in a locked drawer. He says my English is not "
            "good enough to survive without him, and if I leave he will tell immigration I was "
            "lying about everything."
        ),
        (
            "I want to say thank you for the interpreter. Before, my husband always came to "
            "interpret and he did not say what I said. He tells me in our religion a wife cannot "
            "refuse him and he forces me."
        ),
        (
            "my husband say god want me to obey and if i not do what he want he hit me and say it "
            "is allowed. the leader at our church say this is not true but i cannot leave, he "
            "have all the money"
        ),
        (
            "My wife's family told me I'll be cast out of the congregation and lose the kids if I "
            "go to the police about her hitting me. The elders said it's a private matter between "
            "husband and wife."
        ),
        (
            "No recourse to public funds so I cannot leave. My partner knows this and tells me "
            "every day I have nothing without him. He takes my salary and gives me bus fare."
        ),
        (
            "The contact centre staff are lovely. We separated two years ago but he uses every "
            "handover of our daughter to scream at me. Last week he grabbed my wrist and said "
            "he'd make my life hell. I now do handovers at the police station car park."
        ),
        (
            "ex turns up drunk to contact handovers n threatens me in front of the kids, and "
            "texts me like 50 times a day"
        ),
        (
            "The health visitor was brilliant. One thing: please don't share my new address with "
            "my ex, even for the children's records. He only gets supervised contact because of "
            "what he did to me."
        ),
        (
            "My ex-husband uses the kids to pass on messages, searches their bags for things of "
            "mine, and when he drops them off he stands on my doorstep for ages staring. The "
            "police say he hasn't broken the order."
        ),
        (
            "Since we split she keeps taking me back to court over the kids and has told the "
            "school I'm dangerous. At handovers she screams that I'll never see them again and "
            "she's slapped me in front of them. I've lost two stone."
        ),
        (
            "He still controls me through the children. If I don't do what he says he won't bring "
            "them back on time, and he tells them mummy is mental."
        ),
        (
            "my ex smashed my car windscreen at the school gates at handover, police came, its "
            "not the first time"
        ),
        "Husband hits me. Help.",
        "My partner strangles me.",
        (
            "Appointment letters came late again and I missed the physio, which set my recovery "
            "back. The physio herself was great when I did get there. It would be easier if my "
            "husband didn't take the car keys and my phone whenever I want to go out on my own."
        ),
        (
            "The damp in the bedroom has been reported three times and nobody has come. Also the "
            "bathroom lock is broken since my partner kicked the door in, I need that fixed "
            "because it's where I go when he kicks off."
        ),
        (
            "GP receptionist: patient rang to cancel her appointment and a man could be heard in "
            "the background telling her what to say. When I asked if she was OK she said 'I can't "
            "talk, he's listening' and hung up."
        ),
        (
            "my partner doesnt let me see my friends or family anymore, he checks my bank and "
            "tells me what i can wear. he has never hit me so i dont know if it counts"
        ),
        "husband throttled me on boxing day and i havent told anyone till now",
        (
            "Whats good - the nurses. Whats bad - waiting 4 hours in A&E. Anything else - the cut "
            "on my head wasnt from a fall, my boyfriend did it, I was too scared to say with him "
            "in the cubicle."
        ),
        (
            "The repeat prescription system is confusing. My wife controls all the money anyway. "
            "I get £20 a week and have to show receipts. She tells me I'm pathetic and no one "
            "would believe a man. I'm 61 and I feel like a prisoner."
        ),
        (
            "Paramedic: called to a 34-year-old female, 'fall down stairs'. Partner answered all "
            "questions and would not let us speak to her alone. She had old and new bruising at "
            "different stages of healing. Safeguarding concern raised."
        ),
        (
            "my gf takes my phone and goes through it every night, if she finds anything she "
            "throws things at me. last time it was a glass and i needed glue in my eyebrow"
        ),
        (
            "Husband won't let me take my contraceptive pill. He hides it and says he'll leave me "
            "and take the kids if I don't give him another baby."
        ),
        (
            "Discharge planning was rushed and nobody asked where I was going. I told the nurse I "
            "didn't feel safe going back to my partner but I was sent home in a taxi anyway."
        ),
        (
            "I have been with him 20 years and he has never hit me but I walk on eggshells. He "
            "decides what we eat, when I sleep, and he reads all my texts. The counsellor called "
            "it coercive control."
        ),
        (
            "Thank you to the pharmacy for the private room. I could say things in there I can't "
            "say at home. He goes mad if I'm out longer than twenty minutes and he's hurt me for "
            "it before."
        ),
        (
            "my partner makes me get loans in my name for him, ive got 14k debt now. if i say no "
            "he says hell leave and take the dog, and hes punched holes in the walls"
        ),
        (
            "Ma husband he is very angry man, he push me on floor many times and say nobody help "
            "you here. I want help learn English so I can talk to someone."
        ),
        (
            "The midwife asked me on my own if I felt safe at home, which I was glad of. I said "
            "yes because I was scared, but the truth is no. He kicked me in the stomach when I "
            "was 5 months."
        ),
        (
            "Online booking keeps crashing so I have to ring, which is hard. He tracks my phone, "
            "there are cameras in the living room, and if I go anywhere he doesn't know about I "
            "pay for it later."
        ),
        (
            "my husbnad hits me wen he drinks an i cant leave coz the house is in his name. pleas "
            "can sombody ring me on my mobile not the house"
        ),
        (
            "Home carer: the rota changes every week which confuses clients. Separately, one "
            "client's husband shouts at her constantly, calls her useless, and I've seen him "
            "squeeze her wrist hard when she was slow. She has MS and relies on him for "
            "everything."
        ),
        (
            "Care home manager (staff survey): a resident's husband visits daily and she is "
            "visibly afraid of him. She told a carer he beat her for most of their marriage and "
            "still pinches her under the blanket when no one is looking."
        ),
        (
            "Anything else: just that my ex is still messaging me from new numbers even after the "
            "injunction, and he was waiting in the surgery car park last week."
        ),
        (
            "The pain clinic was great. The only reason I kept cancelling was my girlfriend "
            "wouldn't let me go. She hides my tablets when we argue and says I'm faking it."
        ),
        (
            "District nurse: patient (68) with leg ulcers. His wife refuses to let us dress the "
            "wounds unless she is present, restricts his fluids 'so he doesn't wet the bed', and "
            "he told me she hits him with his own walking stick."
        ),
        (
            "Sorry the rent was late again. My partner takes my wages every month and if I argue "
            "about it I end up with bruises."
        ),
        (
            "wife threatens to kill herself and me if i leave, and last week she held a knife to "
            "me in the kitchen"
        ),
        (
            "My ex partner has put my nudes online since I left him. Police said there's not much "
            "they can do."
        ),
        "I was raped by my husband. I have never said that out loud before.",
        (
            "My partner of 6 years gets jealous if I even text my sister. He's locked me out of "
            "the house in my nightie in winter to 'teach me a lesson'."
        ),
        (
            "Text reminders are useful but please stop them. My husband reads them and gets angry "
            "when I go to appointments without telling him. He has hurt me before because of it."
        ),
        (
            "The repair to the front door took 6 weeks. It was only broken because my ex forced "
            "it open after I changed the locks. I'm scared every night until it's fixed properly."
        ),
        (
            "he spits at me and says im worthless, counts what i eat, i have to ask to put the "
            "heating on"
        ),
        (
            "Community mental health staff: client's boyfriend attends all her sessions, speaks "
            "over her and has told her she will lose her children if she talks to us. She "
            "disclosed that he strangled her until she passed out."
        ),
        (
            "Im a man and my husband hits me. I didnt think anyone would take it seriously at the "
            "clinic but they did so thank you."
        ),
        (
            "Chiropody was fine. Not allowed to work, not allowed a bank card, not allowed to see "
            "my mum. Married 3 years."
        ),
        (
            "my partner makes me sleep on the floor when I annoy him and takes my wheelchair away "
            "so I cant leave"
        ),
        "husband pushed me down the stairs when I was pregnant and told the hospital I tripped",
        (
            "My mum is 90 and my nephew lives with her. Every time I ring he answers and says "
            "she's asleep. When I finally got in she was thin, her bedroom door had a bolt on the "
            "outside and her pension has been going into his account."
        ),
        (
            "the carer was lovely, very patient with me. i am worried though because when she "
            "goes my grandson shouts at me and takes the sandwiches she leaves, he says old "
            "people dont need to eat much"
        ),
        (
            "Hospital transport was late but the driver was kind. My son-in-law lives with us and "
            "he grabs me hard when I'm in his way. My daughter just says don't provoke him."
        ),
        (
            "The falls clinic was helpful. my adult son has threatened me with a knife twice and "
            "i sleep with a chair against the door but hes my son what can i do"
        ),
        (
            "Repairs: the bedroom window won't close and the boiler is on and off. I'd also like "
            "a lock on my own bedroom door because my grandson goes through my things and takes "
            "cash, and he's said he'll hurt the dog if I tell anyone."
        ),
        (
            "Social prescriber feedback: older man disclosed that his daughter and her husband, "
            "who moved in 'temporarily', have sold his car, moved him into the box room and tell "
            "him he's going in a home if he complains. He cried when talking about it."
        ),
        (
            "The sexual health clinic was really welcoming. my mum still hits me and im 18 now, "
            "she says as long as im under her roof she can. i dont have anywhere else to go"
        ),
        (
            "My stepdad still makes comments about my body and comes into the bathroom when I'm "
            "in there. I'm 20 and still live at home. Mum says I'm overreacting."
        ),
        (
            "The leaving care team have been good. The aunt I live with calls me a burden, takes "
            "my universal credit, and makes me do all the cleaning before I'm allowed to eat. I'm "
            "18."
        ),
        (
            "My brother-in-law lives with us and he's got my wife scared stiff. He takes her car "
            "keys, shouts right in her face, and last week he pushed her into the radiator. She "
            "won't report her own brother."
        ),
        (
            "The pharmacy delivery is great. Son is out of prison and back living with me. He "
            "brings his mates round to use my flat and when I said no he held me against the wall "
            "by my throat. I'm 64 and disabled."
        ),
        (
            "A&E was very busy. I came in with a broken wrist and told them I fell, but it was my "
            "16 year old. He's bigger than me now and he lashes out when he doesn't get his own "
            "way. I'm embarrassed to say it."
        ),
        (
            "grandad lives with us and he touches my bum and says dirty things to me, im 16 and "
            "mum says hes just old fashioned"
        ),
        (
            "Mother (89) is in respite this week. Please can staff note she is not to be released "
            "to my brother. He has power of attorney and has been taking her money, and she told "
            "the respite staff he slapped her."
        ),
        (
            "My cousin who I share a house with hits me when he's had a drink and tells me no one "
            "would believe me over him."
        ),
        "My husband hits me when he's drunk and I told the nurse I fell down the stairs.",
        (
            "he checks my phone, takes my wages and wont let me see my friends. i had to fill "
            "this in on the bus so he doesnt see"
        ),
        (
            "The midwife was lovely. Please could appointments be at a time when my partner isn't "
            "with me, as I can't talk freely in front of him and he's pushed me before."
        ),
        (
            "My ex keeps turning up at my work and has threatened to burn the house down with me "
            "in it."
        ),
        (
            "My son is 24 and he has been taking my pension and shoved me into the door when I "
            "said no. I'm scared of him."
        ),
        (
            "Sorry for my English. My husband lock me in the house when he go to work and he take "
            "my passport. He say if I tell anyone he send me back."
        ),
        (
            "She throws things at me and says no one will believe a man. I've got a scar on my "
            "head from a mug."
        ),
        (
            "strangled me til i blacked out last month. still with him cos of the kids. dont know "
            "what to do"
        ),
        (
            "My sister's boyfriend broke her arm and she told A&E she slipped. I was there and "
            "she begged me not to say anything."
        ),
        (
            "Overall good service at the dental practice. Short wait. The hygienist noticed my "
            "bruising and I said it was nothing, but it was my wife. I wish I'd said."
        ),
        (
            "My daughter is 19 and her partner controls everything, her money, what she wears, "
            "and she has a black eye she won't explain."
        ),
        (
            "Being visited at home isn't safe for me. My husband listens to every call and reads "
            "my letters, and he hurt me last time he found out I'd been to see the GP."
        ),
        (
            "Staff survey: a colleague has disclosed to me that her husband has been raping her "
            "and she is frightened to go home tonight."
        ),
        (
            "I am 82 and my grandson who lives with me takes my money for drugs and has punched "
            "me. I haven't told anyone because I love him."
        ),
        "He said if I leave he will kill me and then himself. He has held a knife to me before.",
        "my brother keeps hitting my mum and she wont call the police",
        (
            "Could be better: the receptionist asked loudly why I needed an urgent appointment. I "
            "couldn't say it was because my partner had kicked me in the stomach while I'm "
            "pregnant."
        ),
        "The refuge referral never came through. I'm still living with him and he's getting worse.",
        (
            "My ex-wife keeps sending me threatening messages and has smashed my car windows "
            "twice, police say it's a civil matter."
        ),
        (
            "My wife pushed me down the stairs and I have a broken wrist now. I feel embarrassed "
            "to say this."
        ),
        (
            "Great physio. Btw my boyfriend wont let me come to appointments on my own, he goes "
            "mad if I talk to male staff and he slapped me after the last one."
        ),
        (
            "My dad hits my mum and last week she had to stay at my house. I'm 27. Mum won't "
            "report it."
        ),
        (
            "Forced to have sex by my husband when I'm not well. In our culture I cannot say no. "
            "Please do not call my home."
        ),
        (
            "Uncle lives with us and gets violent with my gran when he's been drinking, he threw "
            "her walking frame across the room and she fell."
        ),
        "just want someone to know hes been choking me in my sleep and im scared",
        (
            "The health visitor asked if I felt safe at home and I said yes because he was in the "
            "room. I don't. He threw a plate at my head on Sunday."
        ),
        (
            "My mother-in-law and husband beat me if dinner is late. They keep my documents. I am "
            "not allowed out alone."
        ),
        (
            "My girlfriend has been threatening to post intimate pictures of me online if I leave "
            "her, and she slapped me in front of my friends."
        ),
        (
            "Nothing much to add about the clinic itself. The nurse was friendly, the room was "
            "clean and I was in and out in twenty minutes, which is a big improvement on last "
            "year when I waited nearly two hours. The signs from the bus stop are confusing and I "
            "walked round the wrong building twice. I would prefer text reminders rather than "
            "letters because I have moved several times. That is partly why I am writing this: "
            "please note my ex has just been released from prison and has already been outside my "
            "flat three nights, and he nearly killed me last time. Please do not give my address "
            "to anyone."
        ),
        (
            "my stepdad throws my mum around, shes covered in bruises. im 22 and moved out but i "
            "dont know how to help her"
        ),
    ),
    "child_at_risk": (
        (
            "My neighbour's kids, about 4 and 6, are left alone in the flat all day and I hear "
            "them crying for hours."
        ),
        (
            "As a school nurse I'm concerned about a year 8 girl who is being picked up from "
            "school by older men in different cars and has a new phone she won't explain."
        ),
        (
            "my 14 yr old is talking to a man online who sends her gifts and told her to keep it "
            "secret"
        ),
        (
            "The GP was helpful. My ex's new boyfriend has been hitting my son when he stays "
            "there at weekends, he came back with a handprint on his leg. He's 5."
        ),
        "Baby next door cries all night and I've seen the mum shake him hard in the garden.",
        (
            "Staff survey: a 15-year-old on the ward told me her stepfather comes into her room "
            "at night. I recorded it but nobody has followed it up."
        ),
        (
            "My daughter is 13 and came home drunk in a car with men in their 20s. She says "
            "they're her boyfriends."
        ),
        (
            "Children at number 12 are always hungry, they knock on doors asking for food and "
            "wear the same clothes every day. Dad is always drunk."
        ),
        (
            "Excuse me english not good. My nephew he is 9 he have burns on his hands, he say his "
            "mum put them on the cooker because he steal biscuit."
        ),
        (
            "My grandson has stopped going to school and is running drugs for older lads. He's 15 "
            "and came home stabbed in the leg and won't tell us who did it."
        ),
        (
            "The waiting times were long and the vending machine was broken. While I was there I "
            "saw a man drag a little girl by her hair across the car park and slap her face. I "
            "took his number plate."
        ),
        (
            "I'm filling this in for the housing association survey. Repairs have been slow on "
            "our block, the lift has been out for a month and the bins are overflowing because "
            "the collection days keep changing without notice. The caretaker, Sam, is great and "
            "does what he can, and the new lighting in the car park is a real improvement. "
            "Something I think someone should know: a teenage lad on our estate is sleeping in "
            "the stairwell of block C most nights since his mum kicked him out, he's 14 and looks "
            "thin and frightened. Otherwise the community room events are good and well attended."
        ),
        (
            "I think my step daughter is being abused by her mums partner, shes 7 and has started "
            "wetting the bed and is frightened to go home."
        ),
        (
            "As a youth worker: a 12-year-old told me she was shown porn by her older cousin's "
            "friend and made to touch him."
        ),
        (
            "My little boy is 3 and his dad leaves him in the car while he goes in the betting "
            "shop for hours, even in summer."
        ),
        "My daughter's friend is 15 and pregnant and says the baby's father is 28.",
        (
            "Mum is a heroin user and the kids are 2 and 4. There are needles on the living room "
            "floor. I'm their aunt and social services said it's not bad enough."
        ),
        (
            "Parents evening was fine. Not related but a boy in my son's year has bruises on his "
            "neck every week and told my son his dad chokes him when he's bad."
        ),
        (
            "my baby is 6 weeks old and I keep feeling like I want to hurt him, I'm scared to be "
            "alone with him"
        ),
        (
            "There's a house on our road where teenage girls come and go at all hours with much "
            "older men, some of them look about 13."
        ),
        (
            "As a paediatric nurse I'm raising that an infant with a spiral fracture was "
            "discharged home without a safeguarding referral being completed."
        ),
        (
            "The after school club let a man who isn't on the list collect children. My daughter "
            "said he took her to his car, gave her sweets and told her not to tell mummy."
        ),
        (
            "My 11 yr old keeps getting messages on a game from an adult asking for photos of her "
            "in her underwear."
        ),
        (
            "son is 16 and his girlfriends older brother beat him up and said hell do it again, "
            "he has a broken nose and wont go back to school"
        ),
        (
            "My ex is taking our 8 year old to his new partner's house. She has a conviction for "
            "hurting children and children's services told him not to."
        ),
        (
            "Food bank volunteer: a child of about 10 came in on her own asking for nappies for "
            "her baby brother, she said mum hasn't got out of bed for days."
        ),
        (
            "My niece is 8 and my sister plans to take her abroad in the summer holidays to be "
            "cut. She says it's tradition."
        ),
        "im 14 and my mums boyfriend hits me with a belt. please dont tell her i wrote this",
        (
            "The hospital was fine. My friend's 16 year old is being forced to marry a cousin "
            "overseas next month and she's terrified."
        ),
        (
            "A teacher at my son's school keeps texting him late at night and asked him to keep "
            "their chats secret. He's 13."
        ),
        (
            "Dirty house, dog mess everywhere, kids have headlice and rotten teeth and never go "
            "to the dentist. They are 3, 5 and 7."
        ),
        (
            "Mum drinks every night and my little brother (6) has to put himself to bed and make "
            "his own tea. I'm 17 and I'm doing my best."
        ),
        (
            "At A&E my toddler was seen quickly. But while we waited a man in the waiting room "
            "was filming children on his phone and tried to get my daughter to sit on his lap."
        ),
        (
            "Staff survey: a father on the children's ward was seen squeezing his baby's arm "
            "until she screamed, and was allowed to stay overnight with her."
        ),
        (
            "my foster son (12) keeps disappearing for days and comes back with cash and new "
            "trainers, police think hes being used by a county lines gang"
        ),
        (
            "The pharmacist was patient. I am worried about my granddaughter, 17, who is being "
            "made to sell herself by her so-called boyfriend."
        ),
        (
            "A boy at the youth club says his older brother makes him steal and locks him in the "
            "shed if he doesn't. He's about 10."
        ),
        (
            "i saw the lady from 4b smack her baby across the face in the lift, the baby is only "
            "months old"
        ),
        (
            "My daughter's dad sends her pictures of himself naked and tells her it's normal. She "
            "is 9."
        ),
        (
            "Nobody collects the 7 year old next door from school, the teachers have to walk her "
            "home and there's never an adult in."
        ),
        (
            "Please can the school nurse see my son's friend, he's 12 and has told my son his "
            "mum's boyfriend burns him with cigarettes."
        ),
        (
            "The breastfeeding support was amazing. My partner's sister leaves her 18 month old "
            "with strangers she meets online while she goes out partying for days."
        ),
        (
            "my cousin is 15 and shes been sent nudes by her football coach and he told her hell "
            "drop her from the team if she tells"
        ),
        (
            "My stepson came back from his mum's with a black eye and a burn on his arm and said "
            "mummy's friend did it. He's 4."
        ),
        (
            "Residential home for young people: as agency staff I've seen girls aged 14 and 15 go "
            "missing overnight and come back with older men, and it is not being reported."
        ),
    ),
    "staff_threat": (
        (
            "A male doctor touched my breasts during an examination for a sore throat and there "
            "was no chaperone."
        ),
        "the support worker at the hostel said if i report him hell make sure i get evicted",
        (
            "When I questioned my medication the psychiatrist said he'd have me sectioned and my "
            "door kicked in if I carried on being difficult. I felt threatened."
        ),
        (
            "Care worker slapped my mum across the face because she wouldn't take her tablets. My "
            "brother saw it through the door."
        ),
        (
            "Porter grabbed my arm hard enough to leave bruises and swore at me because I was "
            "slow getting into the wheelchair."
        ),
        (
            "Staff survey: I have witnessed a healthcare assistant pinching a patient with "
            "dementia and laughing about it. I'm afraid to report it as she's friends with the "
            "manager."
        ),
        (
            "The paramedic kept messaging me on Instagram after he treated me, asking me out and "
            "saying he knows where I live."
        ),
        (
            "Good parking and the cafe was nice. The physiotherapist kept making comments about "
            "my body and rubbed my inner thigh when it wasn't part of the treatment. I didn't go "
            "back."
        ),
        (
            "my key worker told me hed get my benefits stopped if i didnt do what he said, he "
            "makes me feel scared"
        ),
        (
            "Receptionist said if I came in again without an appointment she'd get security to "
            "sort me out, and the guard stood over me until I left."
        ),
        (
            "A carer from the agency has been asking my grandmother for sex and she's 84 and has "
            "dementia."
        ),
        (
            "Sorry english. Nurse in mental health ward push me on floor and kneel on my back "
            "when I only ask for phone call. I have pain in my ribs still."
        ),
        (
            "Healthcare assistant threatened to hit my son, who has learning disabilities, if he "
            "didn't stop making noise."
        ),
        (
            "Booking was easy online and the receptionist found me a cancellation the same week, "
            "which I was grateful for because the pain was bad. The waiting room is bright and "
            "there are magazines and a water machine, though the toilet was out of order. The "
            "price list on the website is out of date and I was charged more than I expected, "
            "which should be clearer. The dentist himself was very rough, and when I cried out he "
            "gripped my jaw, told me to shut up or he'd leave the tooth half out, and said "
            "patients like me waste his time. I will not be going back to him."
        ),
        (
            "Night staff at the care home shout at residents and one told my father she'd lock "
            "him in the bathroom if he got up again."
        ),
        (
            "i was sexually assaulted by a member of staff on the ward and when i told the nurse "
            "she said i was confused"
        ),
        (
            "Overall the outpatient clinic runs well and the new check in screens are helpful. "
            "One thing I must raise: the sonographer made sexual jokes during my scan and asked "
            "for my number afterwards."
        ),
        (
            "Staff member here. A colleague regularly tells patients on the ward that he will "
            "give them injections to shut them up if they complain. Patients are frightened of "
            "him."
        ),
        (
            "Housing officer came to my flat about the arrears and said if I didn't pay he'd "
            "break more than the door."
        ),
        (
            "The social worker said she'd take my kids off me if I complained about her to her "
            "manager."
        ),
        (
            "He was my counsellor and he started texting me at night, said our sessions were "
            "special and that I shouldn't tell anyone."
        ),
        (
            "My wife was restrained by four staff and one of them punched her in the side while "
            "she was on the floor. I saw it."
        ),
        (
            "GP lost his temper, slammed his fist on the desk and said he would strike me off and "
            "make sure no one else took me on."
        ),
        (
            "The driver from patient transport shoved my mother into the seat and told her she "
            "was a waste of space."
        ),
        (
            "Could be better: staff attitude. One nurse twisted my wrist when I refused my "
            "injection and said next time she'd make it hurt more."
        ),
        (
            "My brother is autistic and lives in supported living. A staff member has been "
            "filming him in the shower and showing it to colleagues."
        ),
        (
            "As a student nurse I saw a senior nurse hold a pillow over a patient's face for a "
            "few seconds to stop her shouting. I'm terrified of what will happen if I report it."
        ),
        (
            "support worker keeps asking me for money and says she wont do my shopping if i dont "
            "give it. she grabbed me by the hair once when i said no."
        ),
        (
            "The security guard in A&E put my son in a headlock and said he'd break his neck. My "
            "son was having a panic attack."
        ),
        (
            "The consultant was brilliant. It was the locum at the weekend who leaned over me, "
            "whispered that I was a pretty thing and kissed my forehead while I couldn't move "
            "after surgery."
        ),
        (
            "A carer told my disabled sister she'd end up in a home where they beat people if she "
            "told anyone about the missed visits."
        ),
        "home carer threatens my dad with his own walking stick when hes slow getting up",
        (
            "The ward manager shouted in my face, called me a junkie and said she would have me "
            "thrown out onto the street in my gown."
        ),
        (
            "My therapist suggested we meet outside the clinic and tried to kiss me when I went. "
            "I'm still his patient."
        ),
        (
            "The pharmacist said if I made another complaint about my methadone he'd accidentally "
            "lose my prescription."
        ),
        (
            "Staff survey: I've seen the night manager pull residents out of bed by their arms "
            "and drop them into chairs. Some residents have skin tears."
        ),
        (
            "A tutor at the college's supported learning unit locked my daughter, who is 22 and "
            "autistic, in a room on her own as a punishment."
        ),
        "Nurse held my nose so I'd swallow my tablets. I nearly choked.",
        (
            "Hi, the man who did my ECG told me to take my bra off when I didn't need to and took "
            "photos on his phone."
        ),
        (
            "I am a service user at the day centre. One staff told me he know where I live and I "
            "should be careful what I say on these forms."
        ),
        (
            "The OT shouted at me, threw my walking frame across the room and said she'd report "
            "me to the DWP as a faker."
        ),
        (
            "The HCA told my mum if she kept ringing the bell she would be put to sleep like a "
            "dog. Mum is 91 and terrified now."
        ),
        (
            "the doctor at the walk in centre kept touching my knee and asked if i had a "
            "boyfriend. i am 19 and felt really unsafe."
        ),
    ),
}

THIRD_HARD_NEGATIVES: tuple[str, ...] = (
    "My husband was a great support during labour and the midwives included him in everything.",
    "The domestic staff kept the ward spotless, please pass on my thanks.",
    (
        "The partner agency controlled the referral process badly and we were passed between "
        "three teams."
    ),
    "My ex-wife and I both attended our son's appointment and staff were fair to both of us.",
    "He hit the call bell and nobody came for 20 minutes.",
    "The bruising after the blood test is fading now, just a bit tender.",
    "They threatened to discharge me before I was ready, which felt unfair.",
    "I felt trapped in the waiting room for four hours with no updates.",
    "my boyfriend drove me to every chemo session, couldnt have done it without him",
    "Staff kept checking my phone number and address were correct, which was reassuring.",
    "The physio pushed me hard but it was worth it, I'm walking again.",
    (
        "My wife controls all my medication now because of my memory, and she does a brilliant "
        "job. The pharmacist set up blister packs for her."
    ),
    (
        "Domestic abuse leaflets were displayed clearly in the toilets, which I thought was good "
        "practice."
    ),
    "My partner and I argued about which hospital to go to but the 111 advice settled it.",
    "the kids were fighting in the waiting room and nobody minded, staff were very patient",
    "I was scared of the injection but the nurse held my hand the whole time.",
    (
        "My husband wasn't allowed to visit because of the infection outbreak, which was hard, "
        "but I understand why."
    ),
    "Stalking the corridors at 3am looking for a nurse is not what I expected from a private room.",
    (
        "My ex-partner and I co-parent well and the health visitor sent letters to both of us as "
        "we asked, thank you."
    ),
    "the receptionist threatened to cancel my appointment because i was 5 mins late, very rude",
    (
        "My girlfriend was worried sick when I had the seizure and the team kept her informed all "
        "night. Brilliant."
    ),
    "The consultant was very controlling of the conversation and I couldn't get a word in.",
    (
        "Got a black eye coming off my bike at a BMX race (my mates filmed it) and the minor "
        "injuries unit were quick and kind."
    ),
    (
        "Our marriage counselling sessions through the charity were really helpful, we're "
        "communicating much better."
    ),
    "My son hit his head at nursery and the A&E staff were fantastic with him.",
    (
        "The tracking app for patient transport was great, I could see exactly when the ambulance "
        "was coming."
    ),
    (
        "My partner manages our finances because I'm dyslexic, and the benefits advisor explained "
        "everything clearly to both of us."
    ),
    "The choking hazard sign on the toy box in the children's ward was a good idea.",
    (
        "My husband shouted across the waiting room that my name was being called, which helped "
        "because I'm hard of hearing. Maybe use a screen as well."
    ),
    "the food was so bad i felt abused lol, cold chips three nights running",
    (
        "During the visiting restrictions I was told I'm not allowed to see my family. "
        "Frustrating but understandable."
    ),
    (
        "My husband answers questions for me at appointments because I have aphasia after my "
        "stroke. The speech therapist gave us a communication board which has helped me speak for "
        "myself again."
    ),
    "threats to close the local A&E have made everyone in the village anxious",
    (
        "Coercive sales tactics from the hearing aid company in the foyer, they shouldn't be "
        "allowed in."
    ),
    (
        "I'm writing as a neighbour to say the district nurses who visit the elderly couple next "
        "door are always cheerful and kind."
    ),
    (
        "My ex-husband paid for the private scan as a gift, which was generous, and the "
        "sonographer was lovely."
    ),
    (
        "My wife took my wallet and car keys off me after the operation so I wouldn't try to "
        "drive. Quite right too, I was on morphine."
    ),
    "The pharmacy manager was a bully to his staff, I could hear him shouting from the counter.",
    "Strangulated hernia was caught just in time, thank you to the surgical team.",
    "Financial abuse awareness training for staff was informative and well delivered.",
    (
        "I'm 16 and was worried the doctor would tell my parents about the pill, but she "
        "explained confidentiality really well."
    ),
    (
        "The bruises from my fall on the ice have healed and the falls clinic gave me a walking "
        "frame and some exercises."
    ),
    (
        "My girlfriend kept nagging me to book a GP appointment about my mole, so here I am, and "
        "thank goodness she did."
    ),
    (
        "Please stop sending appointment letters to my old address. I've been divorced two years "
        "and my ex keeps having to forward them, it's a hassle for both of us."
    ),
    "The car park barrier came down on my car and nobody from estates ever replied to my email.",
    (
        "Had to leave the house in a rush when labour started, my partner drove like a maniac but "
        "we got there in time haha"
    ),
    (
        "My partner is my carer and she is amazing, she lifts me, washes me and never complains. "
        "Please give carers more support."
    ),
    "I didn't feel safe walking to the car park at night because half the lighting is broken.",
    (
        "My husband got angry with the receptionist for losing our referral twice, and honestly I "
        "don't blame him."
    ),
    "I asked for a chaperone for the examination and one was provided without any fuss.",
    (
        "Waited 12 weeks for bereavement counselling after my ex-partner died, far too long when "
        "you're grieving."
    ),
    "My boyfriend punched the air when they said the scan was all clear.",
    (
        "The kids' dad and I are separated but he came to the appointment and the paediatrician "
        "spoke to us both respectfully."
    ),
    "The new policy forces everyone to wear masks in the waiting areas, which I agree with.",
    (
        "i was kept in against my will for two extra nights because of my blood pressure, "
        "annoying but they were right"
    ),
    (
        "My wife monitors my blood sugar on an app linked to my sensor, which gives us both peace "
        "of mind."
    ),
    "my husband snored so loud on the ward the whole bay complained, sorry everyone",
    (
        "My son manages my money for me now and the bank staff were really helpful setting up "
        "power of attorney."
    ),
    "My daughter-in-law came to every appointment with me, such a help.",
    "Family arguments about visiting hours were handled really well by the ward manager.",
    (
        "My brother and I fell out over mum's care plan but the social worker sat us both down "
        "and we sorted it."
    ),
    "The home carer was forceful about me taking my tablets, in a kind way, and she was right.",
    "Dad shouted because he is deaf, the staff were patient and found him a hearing loop.",
    (
        "my grandson collects my pension for me on a thursday as i cant get to the post office, "
        "they gave him a card so he can do it"
    ),
    (
        "My husband controls the TV remote and the thermostat, ha ha, but he was a star when I "
        "came home from hospital."
    ),
    "The forced marriage leaflet in the waiting room seems useful, good to see it up there.",
    (
        "Our daughter and her boyfriend (both 17) went to the sexual health clinic together and "
        "the nurse also saw each of them alone, which we thought was very good practice."
    ),
    "I hit my head on the cupboard door and my wife made me come to A&E. Glad she did.",
    (
        "mum keeps hiding her purse and accusing us of stealing it, the memory nurse explained "
        "this is common with dementia and gave us some tips"
    ),
    "The lodger we have is a student nurse and she's been brilliant helping with dad's medication.",
    (
        "My in-laws are staying with us over Christmas so please can the health visitor come in "
        "January instead."
    ),
    "I threatened to discharge myself because the wait was so long but the nurse talked me round.",
    (
        "The receptionist was controlling about who could go into the consulting room but I "
        "understand it's infection control."
    ),
    "Sister is my carer, a saint.",
    (
        "Son lives with me and does all the cooking and cleaning since my hip op, I wouldn't "
        "manage without him."
    ),
    (
        "my ex and i do handovers of the kids at the contact centre car park because its halfway "
        "for both of us, the staff there are nice and let us use the loos"
    ),
    (
        "We're divorced but still get on well, he came to the scan and the sonographer included "
        "us both. Lovely."
    ),
    (
        "My husband got emotional at the diagnosis and raised his voice at the consultant. He "
        "apologised afterwards and the doctor was very understanding."
    ),
    (
        "I'm 16 and my girlfriend came with me to the GP for my asthma review, the doctor was "
        "really respectful to both of us."
    ),
    (
        "The interpreter was excellent. My husband usually translates for me but it was nice to "
        "speak for myself about women's health things."
    ),
    "Abuse of staff in A&E is awful, I saw a man swearing at a nurse. More security please.",
    (
        "The financial abuse awareness session at the carers' centre was really informative, I "
        "learned how to protect dad from scam calls."
    ),
    (
        "Grandad lives with us and he can be grumpy and stubborn about his diet, but the "
        "dietitian was brilliant with him."
    ),
    (
        "my brother used to beat me at everything when we were kids, now hes my carer and im very "
        "grateful to him"
    ),
    (
        "The paramedics were quick when my wife fell. She has bruising on her arm from the fall "
        "but they checked her over thoroughly."
    ),
    (
        "Mum is my appointee because I have a learning disability. She always gives me my "
        "spending money and we go to the shops together on Saturdays."
    ),
    (
        "i asked my daughter to look after my bank card so i stop buying off the telly shopping "
        "channel lol, best thing i did"
    ),
    (
        "Our son is 19 and autistic, and the respite service gives us all a break. The staff "
        "really understand him."
    ),
    (
        "My wife and I argue about whose turn it is to drive to the hospital, it's so far away! "
        "Please open a clinic nearer to us."
    ),
    (
        "The housing officer was very kind when my partner and I split up, she helped me get my "
        "own tenancy quickly and it was all amicable."
    ),
    (
        "Dad gets frustrated and cross with himself when he can't do things since the stroke, the "
        "OT has given him ways to cope."
    ),
    (
        "my mum in law is very traditional and always cooks for everyone, she insisted on "
        "bringing food to the ward which the staff allowed"
    ),
    (
        "My husband he always come with me to appointment because I not drive, the receptionist "
        "very kind to us both."
    ),
    (
        "My teenage son threatened to go on hunger strike if we didn't get him the vegan menu, "
        "the hospital sorted it, well done."
    ),
    (
        "I feel trapped at home since my knee op as I can't manage the stairs. Need the stairlift "
        "assessment sooner please."
    ),
    "We are a religious family and the chaplain visiting dad on the ward meant a lot to all of us.",
    (
        "My partner checks on me every hour at night since my seizure, which is what the "
        "neurologist asked him to do."
    ),
    (
        "The carers come four times a day and my husband is always around to help, he's very "
        "protective of me in a good way."
    ),
    (
        "my wife does all our finances because im hopeless with numbers, the debt advice charity "
        "helped us both make a budget"
    ),
    (
        "The immigration status question on the registration form confused me, I have settled "
        "status. The receptionist explained why it's asked."
    ),
    (
        "My son shouted at the receptionist because he'd been on hold for an hour trying to sort "
        "my prescription. He shouldn't have, but the phone system needs fixing."
    ),
    (
        "My cousin is staying with me while he looks for work, he's been driving me to my "
        "dialysis appointments."
    ),
    (
        "My 2 year old has a real temper on him and screamed the place down, the play specialist "
        "was amazing."
    ),
    (
        "the district nurse was firm with my brother about leaving the room while she did the "
        "dressing which i think was right for my dignity"
    ),
    (
        "Home carer: client's daughter visits daily, does her shopping and keeps a receipt book "
        "for the family to see. Very well organised family."
    ),
    (
        "Paramedic feedback: elderly couple, husband very anxious and kept interrupting because "
        "he was worried about his wife, but calmed down once we explained. Good outcome."
    ),
    (
        "My nephew has lasting power of attorney for health and welfare and was consulted about "
        "the DNACPR decision, we all felt listened to."
    ),
    (
        "My mum was strict when I was little but now we're best friends and she came to every "
        "chemo session with me."
    ),
    (
        "GP receptionist: a family had a heated argument in reception today about who would take "
        "granny home from her appointment, but they sorted it and thanked us."
    ),
    "bf nagged me into seeing gp lol, glad he did",
    (
        "My in-laws live with us which is cramped but the OT found a way to fit grab rails for my "
        "father-in-law."
    ),
    (
        "I'm a housing officer. The new repairs app is slow and tenants keep getting cut off "
        "mid-report, please fix it."
    ),
    (
        "Thank you to the nurse who let me stay with my adult son when he came round from the "
        "anaesthetic. He was confused and kept hitting out at the bed rail, and she was so calm "
        "with him."
    ),
    (
        "marriage counselling through the charity really helped us, we'd been bickering about "
        "money since the baby came"
    ),
    (
        "I have to hide the biscuits from my husband because he's diabetic, the diabetes nurse "
        "laughed and said lots of wives do that."
    ),
    (
        "My sister's arranged marriage was a lovely wedding and she's very happy. The GP practice "
        "was great about her registration when she moved in with her husband."
    ),
    (
        "Dad has dementia and sometimes doesn't know who I am and gets upset, the admiral nurse "
        "has been a lifeline for us."
    ),
    (
        "I nearly died of boredom in that waiting room, two hours with no Wi-Fi and only a "
        "television showing the same loop of health adverts. When I was finally called in, the "
        "consultant was thorough and took time to explain my results, and the nurse who took my "
        "bloods was quick and friendly. The car park was full so I had to park on a side street "
        "and got a ticket, which was annoying. It would help a lot if clinics told you when they "
        "are running late, even a text would do. Overall good care but the organisation around it "
        "needs work."
    ),
    "Killing time in the cafe before my scan was easy, the scones are lovely.",
    "The waiting list is killing me, six months for a knee op is too long.",
    (
        "The nurse gently held my arm still for the cannula because I'm needle phobic. She talked "
        "me through it, thank you."
    ),
    (
        "Five years ago I was suicidal and this service saved my life. I'm doing well now, "
        "working and married. Thank you to everyone at the crisis team."
    ),
    (
        "Fell off my bike and broke my wrist, A&E were quick and the plaster room staff were "
        "brilliant."
    ),
    "The health visitor was brilliant with my twins and really reassuring about weaning.",
    (
        "The ward sister was firm with visitors about the two-at-a-bed rule but fair, and it kept "
        "things calm."
    ),
    (
        "My mum's care home is wonderful. The carers know her by name and always have her hair "
        "done nicely."
    ),
    "I could murder a cup of tea after being nil by mouth all day! Good care though.",
    (
        "The children's ward play specialist made my son's stay so much easier. He didn't want to "
        "go home!"
    ),
    "Dr Khan was blunt about my drinking but he was right, and I've cut down a lot since.",
    "Staff survey: the self harm awareness training was really useful and well delivered.",
    "My husband is a wonderful carer and he came to every appointment with me.",
    "The physio really pushed me hard, it was torture at times but I'm walking again.",
    "Receptionist was a bit abrupt on the phone but I think she was having a busy day.",
    "I'd kill for a shorter wait at the pharmacy.",
    (
        "Our son had a febrile convulsion and the paramedics were calm and kind. He's absolutely "
        "fine now."
    ),
    (
        "The dementia ward uses door codes for safety, which I understand, and staff explained it "
        "clearly."
    ),
    (
        "The safeguarding lead at school was very approachable when I asked about online safety "
        "for my daughter."
    ),
    "My dog bit me on the hand and the minor injuries unit cleaned it up quickly.",
    (
        "The housing officer was strict about the rent arrears but set up a payment plan that "
        "works for me."
    ),
    (
        "Leaflets about domestic abuse support are on the back of the toilet doors, which I "
        "thought was a good idea."
    ),
    (
        "The midwife asked me privately whether I felt safe at home, which I appreciated even "
        "though all is fine."
    ),
    "Food was so bad I thought I'd die, honestly cold beans three days running.",
    "The carers who come to my dad are always on time and they even feed his cat.",
    (
        "Our neighbours' kids are so noisy, screaming in the garden all summer, but that's kids "
        "for you!"
    ),
    "The dentist hurt a bit but warned me first and gave me extra numbing.",
    (
        "When my mum was confused after her op the nurses stayed with her and gently stopped her "
        "pulling out her drip."
    ),
    "That physio session absolutely killed my legs, in a good way!",
    (
        "The GP was very clear that she couldn't prescribe antibiotics for a virus. I was annoyed "
        "at the time but she explained why."
    ),
    "I was bullied at school years ago and the talking therapy has helped me make peace with it.",
    "The security guard in A&E calmly dealt with a drunk man shouting and made everyone feel safe.",
    (
        "The mental health nurse checked on me every day after I came home. I'm feeling much "
        "better now, no dark thoughts for months."
    ),
    (
        "The paediatrician took our concerns about our toddler's speech seriously and referred us "
        "quickly."
    ),
    "The hospital food is criminal.",
    (
        "The carer was late twice this month and didn't ring ahead. Not acceptable but otherwise "
        "she is kind."
    ),
    "My wife and I have been together 40 years and she's been my rock through the chemo.",
    "Staff survey: the new rota is killing morale, we need more staff on nights.",
    (
        "The crisis cafe is a brilliant idea. I went once when I was struggling last year and I'm "
        "in a much better place now."
    ),
    "The noise on the ward at night was deadly, couldn't sleep a wink.",
    "The GP surgery phone lines are a joke, 8am scramble every single day.",
    "The youth club staff are great with the teenagers, firm about rules but they really care.",
    (
        "I cut myself shaving before the appointment and the nurse gave me a plaster. Small thing "
        "but kind."
    ),
    "My son got a nasty bruise playing rugby, the school first aider checked him over properly.",
    (
        "Nurse had to hold my daughter's arm still for her blood test, she did it so kindly and "
        "gave her a sticker after."
    ),
    "The staff wouldn't let me smoke on the ward which I hated but fair enough, it's the rules.",
    (
        "My brother used to self harm as a teenager and I wish services like this existed back "
        "then. He's 40 now and doing well."
    ),
    (
        "The overdose awareness session at the community centre taught me how to use naloxone. "
        "Really useful."
    ),
    "Foster carer here, the children's services team have been supportive and quick to respond.",
    (
        "The bereavement counsellor helped me so much after my husband died. I still miss him but "
        "I can smile again."
    ),
    (
        "The stairs in the care home are steep, someone is going to fall one day. Please put a "
        "rail on both sides."
    ),
    "This survey is too long, it nearly killed me filling it in.",
    "Drop-in clinic was heaving, it was a battle just to get a seat.",
    "My toddler screamed the whole time at the vaccination but the nurse was unflappable.",
    "The consultant was a bit cold and didn't look at me much. I felt rushed.",
    (
        "My elderly mum was discharged with a proper care package in place and the district "
        "nurses visit daily. Really well organised."
    ),
    (
        "I had a panic attack in the waiting room and a receptionist took me somewhere quiet. "
        "Thank you."
    ),
    "My ex and I co-parent well and the family centre helped us with the handovers.",
    "Staff were firm with me about taking my meds on time, which I needed to hear.",
    (
        "The pharmacist refused to sell me more than two packs of paracetamol which I was cross "
        "about, but I understand it's the law."
    ),
    "Left in the waiting room for 3 hours with no update. Not good enough.",
    (
        "The stretcher straps in the ambulance felt tight but the crew checked on me and loosened "
        "them a bit."
    ),
    (
        "My daughter fell off the climbing frame at nursery and they rang me straight away and "
        "filled in an accident form. Very professional."
    ),
    "Good service, nothing else to add.",
    "The ward was so hot I was dying in there. Please get some fans.",
    "waitin list is killin me lol but the nurses r lovely",
    (
        "My father has dementia and sometimes lashes out but the staff at the day centre handle "
        "it calmly and never lose their patience."
    ),
    (
        "The talking therapies course gave me tools for when I feel low. I haven't felt that "
        "hopeless in a long time."
    ),
    "The school nurse did the height and weight checks and my son loved it.",
    (
        "I was worried the carers were stealing because mum's purse was empty, but it turned out "
        "she'd been giving it to the grandchildren. Sorry for the fuss earlier."
    ),
    "The doctor gave me a real telling off about my blood pressure. Deserved it!",
    "Lost my temper with the self check-in machine, it never works.",
    (
        "The ward sister told a patient off for shouting at a student nurse, which was the right "
        "thing to do."
    ),
    (
        "Baby was jaundiced and had to go under the lights, scary but the neonatal team explained "
        "everything."
    ),
    (
        "The nurse spotted a bruise on my leg and asked how I got it. I'd walked into the coffee "
        "table, but it was nice that she checked."
    ),
    "Being on hold for 50 minutes is torture.",
    "My teenager hates the orthodontist but they've been patient with him.",
    "Our carer is like one of the family, she even remembered mum's birthday.",
    "gp was gr8 sorted my meds out no probs",
    "The A&E doctor stitched my head after I slipped on ice and made me laugh the whole time.",
    (
        "The social worker was honest that respite places were limited but she found one within a "
        "week."
    ),
    (
        "The perinatal mental health team supported me through postnatal depression. My son is "
        "two now and we're both thriving."
    ),
    "The app keeps crashing, it's driving me up the wall.",
    "Would be good to have more information on carers allowance at the reception desk.",
    "I dreaded the smear test but the nurse made it painless and quick.",
    (
        "Staff survey: management are strict about hand hygiene audits but it's for patient "
        "safety and I support it."
    ),
    (
        "My friend was in a bad way after her divorce but she's got counselling now and is really "
        "coming through it."
    ),
    "Kids dentist was brilliant, my daughter had two fillings and didnt cry once.",
    (
        "The lift was broken and my mum had to be carried downstairs by the firefighters. "
        "Embarrassing for her but they were gentle."
    ),
    (
        "The receptionist threatened to cancel my appointment if I was late again, which seems "
        "fair, I was 25 minutes late."
    ),
    "Children's centre stay and play sessions are the highlight of our week.",
    "It was murder getting a parking space.",
    (
        "Staff survey: when a resident had a seizure I cushioned her head so she didn't hit the "
        "floor, recorded it properly and the family were informed. Good team support afterwards."
    ),
    (
        "I used to drink myself into oblivion but the alcohol service got me sober, 3 years this "
        "month."
    ),
    (
        "My son was a nightmare on the ward, kicking and screaming, but the nurses were patient "
        "and never once raised their voice."
    ),
)
