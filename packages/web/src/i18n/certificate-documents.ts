/** Strings of the institution's electronic seal (电子印章) card. */
export const certificateDocumentsZh = {
  seal: {
    title: '电子印章',
    intro: '本机构颁发的职业技能等级证书 PDF 上，印章盖在机构名称处，并以本机构的签名证书（由市级根证书签发）数字签名。',
    none: '尚未上传印章图片：证书使用系统生成的红色圆形印章（注明“系统生成”）。',
    preview: '本机构电子印章',
    upload: '上传印章图片',
    replace: '更换印章图片',
    rules: 'PNG 格式，不超过 512 KB，宽和高各 100–2000 像素；建议透明背景的红色印章。',
    uploaded: '印章图片已上传，此后生成的证书将使用该印章。',
  },
};

export const certificateDocumentsEn: typeof certificateDocumentsZh = {
  seal: {
    title: 'Electronic seal',
    intro: "On this institution's certificate PDFs the seal sits over the institution's name, and each PDF is digitally signed with the institution's signing certificate (issued by the city root).",
    none: 'No seal image uploaded: certificates carry a generated red round seal (marked "系统生成", generated).',
    preview: "This institution's electronic seal",
    upload: 'Upload seal image',
    replace: 'Replace seal image',
    rules: 'PNG, at most 512 KB, width and height 100–2000 pixels each; a red seal on a transparent background is best.',
    uploaded: 'Seal image uploaded; certificates made from now on carry it.',
  },
};
